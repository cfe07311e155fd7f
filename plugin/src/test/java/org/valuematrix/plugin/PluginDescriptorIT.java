package org.valuematrix.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.plugin.PluginJar.elements;

import java.io.File;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.Entities;
import org.valuematrix.ValueMatrix;
import org.valuematrix.plugin.common.HostWebResources;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Everything the built descriptor names exists in the built jar. */
class PluginDescriptorIT {
    private static PluginJar jar;
    private static Document descriptor;
    private static String pluginKey;
    private static Properties texts;

    @BeforeAll
    static void open() throws Exception {
        jar = PluginJar.built();
        descriptor = jar.descriptor();
        pluginKey = descriptor.getDocumentElement().getAttribute("key");
        texts = new Properties();
        for (Element i18n : resources("i18n")) {
            String file = i18n.getAttribute("location").replace('.', '/') + ".properties";
            assertThat(jar.has(file)).as(file).isTrue();
            texts.putAll(jar.properties(file));
        }
    }

    @Test
    void descriptor_shouldBeAFilteredPlugins2DescriptorWithTheFixedKey() throws Exception {
        assertThat(pluginKey).isEqualTo(ValueMatrix.PLUGIN_KEY).isEqualTo("org.valuematrix.value-matrix");
        assertThat(descriptor.getDocumentElement().getAttribute("plugins-version")).isEqualTo("2");
        assertThat(jar.text("atlassian-plugin.xml")).doesNotContain("${");
    }

    @Test
    void descriptor_shouldNotUseModulesATransformerlessPluginMustNotHave() {
        for (String forbidden : List.of("component", "component-import", "module-type")) {
            assertThat(elements(descriptor, forbidden)).as(forbidden).isEmpty();
        }
    }

    @Test
    void everyClassNamed_shouldBeInTheJar() {
        List<String> classes = new ArrayList<>();
        collectAttribute(descriptor.getDocumentElement(), "class", classes);
        assertThat(classes).isNotEmpty().allSatisfy(c -> assertThat(jar.hasClass(c)).as(c).isTrue());
    }

    @Test
    void aoModule_shouldListExactlyCoresEntities() {
        List<String> entities = elements(descriptor, "entity").stream().map(e -> e.getTextContent().trim())
                .collect(Collectors.toList());
        assertThat(entities).containsExactlyInAnyOrderElementsOf(
                Entities.all().stream().map(Class::getName).collect(Collectors.toList()));
        assertThat(entities).allSatisfy(e -> assertThat(jar.hasClass(e)).as(e).isTrue());
        assertThat(elements(descriptor, "ao")).hasSize(1);
    }

    @Test
    void restModule_shouldServeCoresResourcesAndProvidersAtValueMatrix10() throws Exception {
        List<Element> rest = elements(descriptor, "rest");
        assertThat(rest).hasSize(1);
        assertThat(rest.get(0).getAttribute("path")).isEqualTo("/value-matrix");
        assertThat(rest.get(0).getAttribute("version")).isEqualTo("1.0");
        Set<String> packages = elements(rest.get(0), "package").stream().map(p -> p.getTextContent().trim())
                .collect(Collectors.toSet());
        Set<String> annotated = new HashSet<>();
        for (String entry : jar.entries()) {
            if (entry.startsWith("org/valuematrix/") && entry.endsWith(".class") && !entry.contains("$")) {
                String name = entry.substring(0, entry.length() - 6).replace('/', '.');
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isAnnotationPresent(Path.class) || type.isAnnotationPresent(Provider.class)) {
                    annotated.add(type.getPackageName());
                }
            }
        }
        assertThat(packages).isEqualTo(annotated);
    }

    @Test
    void everyResourceNamed_shouldBeInTheJar() {
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            String entry = "i18n".equals(resource.getAttribute("type")) ? location.replace('.', '/') + ".properties" : location;
            assertThat(jar.has(entry.startsWith("/") ? entry.substring(1) : entry)).as(entry).isTrue();
        }
    }

    @Test
    void coresTemplatesAndWebResources_shouldAllBeEmbedded() throws Exception {
        List<String> core = coreResources();
        assertThat(core).contains("templates/activity/stream.vm", "templates/activity/page.vm",
                "templates/activity/macro-error.vm", "web/activity/activity.js", "web/activity/activity.css",
                "templates/matrix/embed.vm", "templates/matrix/project.vm", "web/matrix/matrix.css");
        assertThat(core).allSatisfy(entry -> assertThat(jar.has(entry)).as(entry).isTrue());
    }

    @Test
    void everyI18nKeyNamed_shouldHaveAText() {
        List<String> keys = new ArrayList<>();
        collectAttribute(descriptor.getDocumentElement(), "i18n-name-key", keys);
        for (String tag : List.of("label", "description", "title")) {
            for (Element e : elements(descriptor, tag)) {
                if (e.hasAttribute("key")) {
                    keys.add(e.getAttribute("key"));
                }
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void macros_shouldBeTheActivityAndTheValueMatrixMacros() {
        assertThat(elements(descriptor, "xhtml-macro")).extracting(m -> m.getAttribute("name"))
                .containsExactly("cross-team-activity", "value-matrix");
    }

    @Test
    void matrixMacro_shouldHaveItsParametersTheMacroBrowserTextsAndCoresClass() throws Exception {
        Element macro = module("xhtml-macro", "value-matrix");
        assertThat(macro.getAttribute("application")).isEqualTo("confluence");
        assertThat(macroParameters(macro)).containsExactly("team", "period", "mode");
        assertThat(enumValues(macro, "period")).containsExactly("week", "month", "quarter");
        assertThat(parameter(macro, "period").getAttribute("default")).isEqualTo("month");
        assertThat(enumValues(macro, "mode")).containsExactly("compact", "full");
        assertThat(parameter(macro, "mode").getAttribute("default")).isEqualTo("compact");
        assertThat(parameter(macro, "team").getAttribute("type")).isEqualTo("string");
        Class<?> type = Class.forName(macro.getAttribute("class"));
        assertThat(com.atlassian.confluence.macro.Macro.class).isAssignableFrom(type);
        assertThat(type.getConstructors()[0].getParameterTypes()).contains(org.valuematrix.web.MatrixMacro.class);
    }

    /** @return the macro's parameter names, each with its macro browser label and description */
    private static List<String> macroParameters(Element macro) {
        String prefix = pluginKey + "." + macro.getAttribute("name");
        assertThat(texts.getProperty(prefix + ".label")).as(prefix).isNotBlank();
        assertThat(texts.getProperty(prefix + ".desc")).as(prefix).isNotBlank();
        List<String> names = new ArrayList<>();
        for (Element p : elements(macro, "parameter")) {
            names.add(p.getAttribute("name"));
            assertThat(texts.getProperty(prefix + ".param." + p.getAttribute("name") + ".label")).isNotBlank();
            assertThat(texts.getProperty(prefix + ".param." + p.getAttribute("name") + ".desc")).isNotBlank();
        }
        return names;
    }

    @Test
    void macro_shouldHaveItsParametersAndTheMacroBrowserTexts() {
        Element macro = module("xhtml-macro", "cross-team-activity");
        assertThat(macro.getAttribute("application")).isEqualTo("confluence");
        List<String> names = macroParameters(macro);
        assertThat(names).containsExactly("teams", "scope", "spaces", "max", "title", "mode");
        assertThat(enumValues(macro, "scope")).containsExactly("all", "within", "across", "external");
        assertThat(enumValues(macro, "mode")).containsExactly("full", "compact");
        assertThat(parameter(macro, "max").getAttribute("type")).isEqualTo("int");
    }

    @Test
    void webResources_shouldExistForEveryFeatureAndDependency() {
        Set<String> keys = elements(descriptor, "web-resource").stream().map(w -> w.getAttribute("key"))
                .collect(Collectors.toSet());
        assertThat(HostWebResources.moduleKey("activity")).isEqualTo(pluginKey + ":activity-resources");
        assertThat(keys).contains("activity-resources");
        for (Element web : elements(descriptor, "web-resource")) {
            for (Element dependency : elements(web, "dependency")) {
                String module = dependency.getTextContent().trim();
                if (module.startsWith(pluginKey + ":")) {
                    assertThat(keys).contains(module.substring(pluginKey.length() + 1));
                } else {
                    assertThat(module).isEqualTo("com.atlassian.auiplugin:ajs");
                }
            }
        }
    }

    @Test
    void activityPage_shouldBeServedAtPluginsServletValueMatrixActivity() {
        Element page = module("servlet", "activity-page");
        assertThat(elements(page, "url-pattern").get(0).getTextContent().trim()).isEqualTo("/value-matrix/activity");
        assertThat(page.hasAttribute("application")).isFalse();
    }

    @Test
    void adminPage_shouldBeServedAtPluginsServletValueMatrixAdminAndLinkedFromEachAdminArea() {
        Element page = module("servlet", "admin-page");
        assertThat(elements(page, "url-pattern").get(0).getTextContent().trim()).isEqualTo("/value-matrix/admin");
        assertThat(jar.hasClass(page.getAttribute("class"))).isTrue();
        assertThat(moduleByKey("admin-resources").getTagName()).isEqualTo("web-resource");
        assertThat(HostWebResources.moduleKey("admin")).isEqualTo(pluginKey + ":admin-resources");
        Element confluence = module("web-item", "admin-link-confluence");
        assertThat(confluence.getAttribute("section")).isEqualTo("system.admin/configuration");
        assertThat(confluence.getAttribute("application")).isEqualTo("confluence");
        Element section = module("web-section", "admin-section-jira");
        assertThat(section.getAttribute("location")).isEqualTo("admin_plugins_menu");
        Element jira = module("web-item", "admin-link-jira");
        assertThat(jira.getAttribute("section")).isEqualTo("admin_plugins_menu/admin-section-jira");
        assertThat(jira.getAttribute("application")).isEqualTo("jira");
        for (Element link : List.of(confluence, jira)) {
            assertThat(elements(link, "link").get(0).getTextContent().trim())
                    .isEqualTo("/plugins/servlet/value-matrix/admin");
        }
        assertThat(jar.entries()).contains("templates/admin/page.vm", "web/admin/admin.js", "web/admin/admin.css");
    }

    @Test
    void productModules_shouldBeRestrictedToTheirProduct() {
        for (Element module : modules()) {
            String cls = module.getAttribute("class");
            if (cls.startsWith("org.valuematrix.plugin.confluence.")) {
                assertThat(module.getAttribute("application")).as(module.getAttribute("key")).isEqualTo("confluence");
            }
            if (cls.startsWith("org.valuematrix.plugin.jira.")) {
                assertThat(module.getAttribute("application")).as(module.getAttribute("key")).isEqualTo("jira");
            }
        }
        assertThat(module("web-item", "project-sidebar-activity").getAttribute("section"))
                .isEqualTo("jira.project.sidebar.plugins.navigation");
        assertThat(module("web-item", "project-sidebar-matrix").getAttribute("section"))
                .isEqualTo("jira.project.sidebar.plugins.navigation");
        for (String key : List.of("project-sidebar-activity", "project-activity", "stream-fragment",
                "dashboard-resources", "activity-dashboard-item", "project-sidebar-matrix", "project-matrix",
                "matrix-fragment", "matrix-dashboard-resources", "value-matrix-dashboard-item")) {
            assertThat(moduleByKey(key).getAttribute("application")).as(key).isEqualTo("jira");
        }
    }

    @Test
    void dashboardItem_shouldNameTheAmdModuleItsScriptDefines() throws Exception {
        assertDashboardItem("activity-dashboard-item", "dashboard-resources");
    }

    /** Jira offers "Edit" and keeps the item's preferences only for a configurable item. */
    @Test
    void dashboardItem_shouldBeConfigurable_andItsScriptShouldEditAndSavePreferences() throws Exception {
        String script = assertDashboardItem("activity-dashboard-item", "dashboard-resources");

        assertThat(module("dashboard-item", "activity-dashboard-item").getAttribute("configurable")).isEqualTo("true");
        assertThat(script).contains("prototype.renderEdit = function (element, preferences)")
                .contains("api.savePreferences(").contains("'/plugins/servlet/value-matrix/stream-fragment'");
    }

    @Test
    void matrixDashboardItem_shouldNameTheAmdModuleItsScriptDefines_andLoadTheMatrixFragment() throws Exception {
        String script = assertDashboardItem("value-matrix-dashboard-item", "matrix-dashboard-resources");
        String fragment = elements(module("servlet", "matrix-fragment"), "url-pattern").get(0).getTextContent().trim();
        assertThat(script).contains("'/plugins/servlet" + fragment + "'");
        assertThat(elements(module("web-resource", "matrix-dashboard-resources"), "dependency"))
                .extracting(d -> d.getTextContent().trim()).contains(pluginKey + ":matrix-resources");
    }

    @Test
    void projectSidebarMatrix_shouldLinkToTheProjectMatrixServlet() {
        String link = elements(module("web-item", "project-sidebar-matrix"), "link").get(0).getTextContent().trim();
        String servlet = elements(module("servlet", "project-matrix"), "url-pattern").get(0).getTextContent().trim();
        assertThat(link).isEqualTo("/plugins/servlet" + servlet + "?key=$projectKey")
                .startsWith(org.valuematrix.web.ProjectMatrixServlet.PATH + "?");
    }

    private static String assertDashboardItem(String itemKey, String resourcesKey) throws Exception {
        Element item = module("dashboard-item", itemKey);
        String amd = elements(item, "amd-module").get(0).getTextContent().trim();
        Element resources = module("web-resource", resourcesKey);
        assertThat(elements(resources, "context").get(0).getTextContent().trim()).isEqualTo("atl.dashboard");
        String script = jar.text(elements(resources, "resource").get(0).getAttribute("location"));
        assertThat(script).contains("define('" + amd + "'");
        return script;
    }

    @Test
    void scriptTexts_shouldExistInTheI18nResources() throws Exception {
        for (String script : List.of("web/jira/dashboard-item.js", "web/jira/matrix-dashboard-item.js")) {
            Matcher m = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)").matcher(jar.text(script));
            List<String> keys = new ArrayList<>();
            while (m.find()) {
                keys.add(m.group(1));
            }
            assertThat(keys).as(script).isNotEmpty().allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    void springContexts_shouldBeInTheJar() {
        assertThat(jar.entries()).contains("META-INF/spring/host-services.xml", "META-INF/spring/value-matrix.xml");
    }

    private static List<Element> resources(String type) {
        return elements(descriptor, "resource").stream().filter(r -> type.equals(r.getAttribute("type")))
                .collect(Collectors.toList());
    }

    private static List<Element> modules() {
        List<Element> out = new ArrayList<>();
        NodeList nodes = descriptor.getDocumentElement().getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) nodes.item(i));
            }
        }
        return out;
    }

    private static Element moduleByKey(String key) {
        return modules().stream().filter(m -> key.equals(m.getAttribute("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("no module " + key));
    }

    private static Element module(String tag, String key) {
        Element m = moduleByKey(key);
        assertThat(m.getTagName()).isEqualTo(tag);
        return m;
    }

    private static Element parameter(Element macro, String name) {
        return elements(macro, "parameter").stream().filter(p -> name.equals(p.getAttribute("name"))).findFirst()
                .orElseThrow();
    }

    private static List<String> enumValues(Element macro, String name) {
        Element p = parameter(macro, name);
        assertThat(p.getAttribute("type")).isEqualTo("enum");
        return elements(p, "value").stream().map(v -> v.getAttribute("name")).collect(Collectors.toList());
    }

    private static void collectAttribute(Element e, String attribute, List<String> out) {
        NamedNodeMap attributes = e.getAttributes();
        if (attributes.getNamedItem(attribute) != null) {
            out.add(e.getAttribute(attribute));
        }
        NodeList nodes = e.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                collectAttribute((Element) nodes.item(i), attribute, out);
            }
        }
    }

    /** Core's templates and web resources, read from core's own jar (or classes folder). */
    private static List<String> coreResources() throws Exception {
        List<String> out = new ArrayList<>();
        for (String root : List.of("templates/", "web/")) {
            Enumeration<URL> urls = ValueMatrix.class.getClassLoader().getResources(root);
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("jar".equals(url.getProtocol())) {
                    JarURLConnection connection = (JarURLConnection) url.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile core = connection.getJarFile()) {
                        if (core.getEntry("org/valuematrix/ValueMatrix.class") != null) {
                            core.stream().map(e -> e.getName()).filter(n -> n.startsWith(root) && !n.endsWith("/"))
                                    .forEach(out::add);
                        }
                    }
                } else if (new File(url.toURI()).getParentFile().toPath().resolve("org/valuematrix/ValueMatrix.class").toFile().exists()) {
                    File dir = new File(url.toURI());
                    Files.walk(dir.toPath()).filter(Files::isRegularFile)
                            .forEach(f -> out.add(root + dir.toPath().relativize(f).toString().replace(File.separatorChar, '/')));
                }
            }
        }
        return out;
    }
}
