package org.valuematrix.standalone.velocity;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Refuses every method call, property access and iteration on anything but the
 * {@link AllowedTypes}, failing the render loudly where Confluence 9 would log and print the
 * reference: the host's tests then catch what production would only hide.
 */
public class AllowlistUberspect extends UberspectImpl {

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) throws Exception {
        requireAllowed(obj, "$" + methodName + "(…)", i);
        return super.getMethod(obj, methodName, args, i);
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) throws Exception {
        requireAllowed(obj, "." + identifier, i);
        return super.getPropertyGet(obj, identifier, i);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) throws Exception {
        requireAllowed(obj, "." + identifier + " =", i);
        return super.getPropertySet(obj, identifier, arg, i);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Iterator getIterator(Object obj, Info i) throws Exception {
        if (obj != null && !(obj instanceof List) && !(obj instanceof Map)) {
            throw new TemplateAllowlistException("#foreach over a " + obj.getClass().getName() + " at " + i);
        }
        return super.getIterator(obj, i);
    }

    private static void requireAllowed(Object obj, String what, Info i) {
        if (obj != null && !AllowedTypes.isAllowed(obj)) {
            throw new TemplateAllowlistException(what + " on a " + obj.getClass().getName() + " at " + i
                    + " is outside the Velocity allowlist");
        }
    }
}
