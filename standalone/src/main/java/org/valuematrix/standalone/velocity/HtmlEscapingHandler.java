package org.valuematrix.standalone.velocity;

import org.apache.velocity.Template;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.util.ContextAware;
import org.valuematrix.spi.TemplateEscaping;

/**
 * Escapes what a template prints as the products' template renderer does ({@link TemplateEscaping}):
 * everything but a plain {@code $…Html} reference, unless the template rendered turns escaping
 * off. One per render, as there: attach it to each render's context.
 */
public final class HtmlEscapingHandler implements ReferenceInsertionEventHandler, ContextAware {
    private Context context;
    private Template checked;
    private boolean disabled;

    @Override
    public void setContext(Context context) {
        this.context = context;
    }

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || escapingDisabled() || TemplateEscaping.printsRaw(reference)) {
            return value;
        }
        return TemplateEscaping.escape(value.toString());
    }

    private boolean escapingDisabled() {
        Resource resource = context instanceof InternalContextAdapter
                ? ((InternalContextAdapter) context).getCurrentResource() : null;
        if (!(resource instanceof Template)) {
            return false;
        }
        // A page prints hundreds of references: look through each template once per render.
        if (resource != checked) {
            checked = (Template) resource;
            disabled = EscapingDirectives.disablesEscaping(checked);
        }
        return disabled;
    }
}
