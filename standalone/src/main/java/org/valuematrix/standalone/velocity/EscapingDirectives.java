package org.valuematrix.standalone.velocity;

import java.io.Writer;
import org.apache.velocity.Template;
import org.apache.velocity.context.InternalContextAdapter;
import org.apache.velocity.runtime.directive.Directive;
import org.apache.velocity.runtime.parser.node.ASTDirective;
import org.apache.velocity.runtime.parser.node.Node;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.apache.velocity.runtime.visitor.BaseVisitor;
import org.valuematrix.spi.TemplateEscaping;

/**
 * The escaping directives the products' template renderer registers. They print nothing: the
 * renderer looks for {@code #disable_html_escaping()} in the parsed template instead
 * ({@link #disablesEscaping}). {@code #enable_html_escaping()} and {@code #htmlSafe()} are
 * accepted and do nothing, as there.
 */
public final class EscapingDirectives {
    /** The {@code userdirective} property value that registers them. */
    public static final String CLASSES = Disable.class.getName() + "," + Enable.class.getName() + ","
            + HtmlSafe.class.getName();

    private EscapingDirectives() {
    }

    /**
     * @return whether {@code #disable_html_escaping()} occurs in the template, looking as the
     *     products do: into {@code #if} blocks, not into block directives such as {@code #foreach}
     */
    public static boolean disablesEscaping(Template template) {
        Finder finder = new Finder();
        ((SimpleNode) template.getData()).jjtAccept(finder, null);
        return finder.found;
    }

    private static final class Finder extends BaseVisitor {
        boolean found;

        @Override
        public Object visit(ASTDirective node, Object data) {
            found |= TemplateEscaping.DISABLE_DIRECTIVE.equals(node.getDirectiveName());
            return data;
        }
    }

    private abstract static class Marker extends Directive {
        @Override
        public int getType() {
            return LINE;
        }

        @Override
        public boolean render(InternalContextAdapter context, Writer writer, Node node) {
            return true;
        }
    }

    /** {@code #disable_html_escaping()}. */
    public static final class Disable extends Marker {
        @Override
        public String getName() {
            return TemplateEscaping.DISABLE_DIRECTIVE;
        }
    }

    /** {@code #enable_html_escaping()}. */
    public static final class Enable extends Marker {
        @Override
        public String getName() {
            return "enable_html_escaping";
        }
    }

    /** {@code #htmlSafe()}, deprecated there. */
    public static final class HtmlSafe extends Marker {
        @Override
        public String getName() {
            return "htmlSafe";
        }
    }
}
