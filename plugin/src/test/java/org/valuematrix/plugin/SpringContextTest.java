package org.valuematrix.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.ws.rs.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.valuematrix.activity.rest.EventsResource;
import org.valuematrix.admin.rest.AuditResource;
import org.valuematrix.admin.rest.PersonDataResource;
import org.valuematrix.admin.rest.RebuildResource;
import org.valuematrix.activity.rest.StreamAtomResource;
import org.valuematrix.activity.rest.StreamResource;
import org.valuematrix.matrix.rest.SettingsResource;
import org.valuematrix.team.rest.ContainersResource;
import org.valuematrix.team.rest.TeamsResource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the Spring context files without a Spring container: every bean's type resolves, every
 * reference and constructor or factory method exists, and every class the host creates with
 * constructor autowiring (REST resources, servlets, the macro) finds exactly one bean per
 * parameter type, as the host requires.
 */
class SpringContextTest {
    private static final String OSGI = "http://www.eclipse.org/gemini/blueprint/schema/blueprint";
    private static final String BEANS = "http://www.springframework.org/schema/beans";
    private static final List<String> FILES = List.of("META-INF/spring/host-services.xml", "META-INF/spring/value-matrix.xml");

    private static final Map<String, Element> definitions = new LinkedHashMap<>();
    private static final Map<String, Class<?>> types = new LinkedHashMap<>();
    private static final List<Element> osgiReferences = new ArrayList<>();

    @BeforeAll
    static void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (String file : FILES) {
            try (InputStream in = SpringContextTest.class.getClassLoader().getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                Document doc = factory.newDocumentBuilder().parse(in);
                for (Element e : children(doc.getDocumentElement())) {
                    if (OSGI.equals(e.getNamespaceURI()) && "reference".equals(e.getLocalName())) {
                        osgiReferences.add(e);
                    }
                    definitions.put(e.getAttribute("id"), e);
                }
            }
        }
        // Registered by the Gemini Blueprint extender in every bundle's context.
        types.put("bundleContext", BundleContext.class);
        for (String id : definitions.keySet()) {
            typeOf(id);
        }
    }

    @Test
    void everyOsgiReference_shouldNameAProductNeutralHostInterface() throws Exception {
        assertThat(osgiReferences).isNotEmpty();
        for (Element reference : osgiReferences) {
            Class<?> type = Class.forName(reference.getAttribute("interface"));
            assertThat(type.isInterface()).as(type.getName()).isTrue();
            assertThat(type.getName()).startsWith("com.atlassian.")
                    .doesNotStartWith("com.atlassian.confluence.").doesNotStartWith("com.atlassian.jira.");
        }
    }

    @Test
    void everyBean_shouldBeBuildableFromTheBeansItReferences() {
        for (Element bean : allBeans()) {
            List<Class<?>> args = constructorArgs(bean);
            String factoryMethod = bean.getAttribute("factory-method");
            if (!factoryMethod.isEmpty()) {
                Class<?> owner = bean.hasAttribute("factory-bean") ? typeOf(bean.getAttribute("factory-bean"))
                        : load(bean.getAttribute("class"));
                assertThat(method(owner, factoryMethod, args)).as("%s.%s%s", owner.getName(), factoryMethod, args).isNotNull();
            } else {
                Class<?> type = load(bean.getAttribute("class"));
                assertThat(constructor(type, args)).as("new %s%s", type.getName(), args).isNotNull();
            }
        }
    }

    @Test
    void lifecycleMethods_shouldExistOnTheirBeans() throws Exception {
        for (Element bean : allBeans()) {
            for (String attribute : List.of("init-method", "destroy-method")) {
                if (bean.hasAttribute(attribute)) {
                    Class<?> type = bean.hasAttribute("id") ? typeOf(bean.getAttribute("id")) : load(bean.getAttribute("class"));
                    assertThat(type.getMethod(bean.getAttribute(attribute))).isNotNull();
                }
            }
        }
        assertThat(definitions.get("valueMatrix").getAttribute("destroy-method")).isEqualTo("close");
        assertThat(definitions.get("captureListener").getAttribute("init-method")).isEqualTo("register");
        assertThat(definitions.get("captureListener").getAttribute("destroy-method")).isEqualTo("unregister");
    }

    @Test
    void classesTheHostAutowires_shouldFindExactlyOneBeanPerConstructorParameter() throws Exception {
        List<Class<?>> autowired = new ArrayList<>(List.of(StreamResource.class, StreamAtomResource.class,
                EventsResource.class, TeamsResource.class, ContainersResource.class, SettingsResource.class,
                RebuildResource.class, AuditResource.class, PersonDataResource.class,
                org.valuematrix.people.rest.PeopleResource.class));
        for (String module : List.of("org.valuematrix.plugin.common.ActivityServlet",
                "org.valuematrix.plugin.common.AdminServlet",
                "org.valuematrix.plugin.common.StreamFragmentServlet",
                "org.valuematrix.plugin.jira.JiraProjectActivityServlet",
                "org.valuematrix.plugin.confluence.ConfluenceActivityMacro",
                "org.valuematrix.plugin.confluence.ConfluenceMatrixMacro",
                "org.valuematrix.plugin.jira.JiraProjectMatrixServlet",
                "org.valuematrix.plugin.common.MatrixFragmentServlet")) {
            autowired.add(Class.forName(module));
        }
        for (Class<?> type : autowired) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors).as(type.getName()).hasSize(1);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                List<String> candidates = types.entrySet().stream()
                        .filter(t -> parameter.isAssignableFrom(t.getValue()))
                        .map(Map.Entry::getKey).collect(Collectors.toList());
                assertThat(candidates).as("beans for %s in %s", parameter.getName(), type.getSimpleName()).hasSize(1);
            }
        }
    }

    @Test
    void restResources_shouldBeTheAnnotatedClassesOfCore() {
        for (Class<?> resource : List.of(StreamResource.class, StreamAtomResource.class, EventsResource.class,
                TeamsResource.class, ContainersResource.class)) {
            assertThat(resource.isAnnotationPresent(Path.class)).as(resource.getName()).isTrue();
        }
    }

    @Test
    void productClasses_shouldOnlyBeReachedThroughProductHosts() {
        for (Element bean : allBeans()) {
            assertThat(bean.getAttribute("class")).doesNotStartWith("org.valuematrix.plugin.confluence.")
                    .doesNotStartWith("org.valuematrix.plugin.jira.");
        }
        assertThat(types).allSatisfy((id, type) -> assertThat(type.getName())
                .doesNotStartWith("com.atlassian.confluence.").doesNotStartWith("com.atlassian.jira."));
    }

    private static Class<?> typeOf(String id) {
        Class<?> known = types.get(id);
        if (known != null) {
            return known;
        }
        Element e = definitions.get(id);
        assertThat(e).as("bean '%s'", id).isNotNull();
        Class<?> type = resolve(e);
        types.put(id, type);
        return type;
    }

    private static Class<?> resolve(Element e) {
        if (OSGI.equals(e.getNamespaceURI())) {
            return load(e.getAttribute("interface"));
        }
        String factoryMethod = e.getAttribute("factory-method");
        if (factoryMethod.isEmpty()) {
            return load(e.getAttribute("class"));
        }
        List<Class<?>> args = constructorArgs(e);
        Class<?> owner = e.hasAttribute("factory-bean") ? typeOf(e.getAttribute("factory-bean")) : load(e.getAttribute("class"));
        Method m = method(owner, factoryMethod, args);
        assertThat(m).as("%s.%s", owner.getName(), factoryMethod).isNotNull();
        return m.getReturnType();
    }

    private static List<Class<?>> constructorArgs(Element bean) {
        List<Class<?>> args = new ArrayList<>();
        for (Element arg : children(bean)) {
            if (!"constructor-arg".equals(arg.getLocalName())) {
                continue;
            }
            if (arg.hasAttribute("ref")) {
                args.add(typeOf(arg.getAttribute("ref")));
            } else {
                Element inner = children(arg).get(0);
                args.add(resolve(inner));
            }
        }
        return args;
    }

    private static Method method(Class<?> owner, String name, List<Class<?>> args) {
        return Arrays.stream(owner.getMethods())
                .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()) && accepts(m.getParameterTypes(), args))
                .findFirst().orElse(null);
    }

    private static Constructor<?> constructor(Class<?> type, List<Class<?>> args) {
        return Arrays.stream(type.getConstructors()).filter(c -> accepts(c.getParameterTypes(), args)).findFirst().orElse(null);
    }

    private static boolean accepts(Class<?>[] parameters, List<Class<?>> args) {
        if (parameters.length != args.size()) {
            return false;
        }
        for (int i = 0; i < parameters.length; i++) {
            if (!parameters[i].isAssignableFrom(args.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<Element> allBeans() {
        List<Element> out = new ArrayList<>();
        for (Element e : definitions.values()) {
            collectBeans(e, out);
        }
        return out;
    }

    private static void collectBeans(Element e, List<Element> out) {
        if (BEANS.equals(e.getNamespaceURI()) && "bean".equals(e.getLocalName())) {
            out.add(e);
        }
        for (Element child : children(e)) {
            collectBeans(child, out);
        }
    }

    private static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no class " + name, e);
        }
    }
}
