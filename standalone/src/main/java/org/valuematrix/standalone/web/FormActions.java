package org.valuematrix.standalone.web;

import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletResponse;
import org.valuematrix.rest.BadRequestException;
import org.valuematrix.rest.ForbiddenException;
import org.valuematrix.rest.NotFoundException;

/**
 * Runs an HTML form's action and answers as a browser expects: 303 to the result on success
 * (post/redirect/get), a 400, 403 or 404 page otherwise.
 */
final class FormActions {
    private FormActions() {
    }

    /** @param action does the work and returns the path (inside the context) to show next */
    static void run(HttpServletResponse response, PageRenderer pages, Supplier<String> action) throws IOException {
        try {
            String next = action.get();
            response.setStatus(303);
            response.setHeader("Location", pages.address().absolute(next));
        } catch (BadRequestException e) {
            pages.badRequest(response, String.join("; ", e.errors().values()));
        } catch (ForbiddenException e) {
            pages.forbidden(response);
        } catch (NotFoundException e) {
            pages.notFound(response);
        }
    }
}
