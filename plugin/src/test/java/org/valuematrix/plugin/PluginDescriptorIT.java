package org.valuematrix.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.valuematrix.plugin.PluginJar.elements;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.StringReader;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.ws.rs.Path;
import javax.ws.rs.ext.Provider;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.valuematrix.Entities;
import org.valuematrix.ValueMatrix;
import org.valuematrix.plugin.common.HostWebResources;
import org.valuematrix.plugin.confluence.ConfluenceSpaceBlueprintListener;
import org.valuematrix.spaces.SpaceTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

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
    void pluginInfo_shouldOpenTheAdministrationFromConfigure_andShowAnIconAndALogoFromTheJar() throws Exception {
        Element info = elements(descriptor, "plugin-info").get(0);
        Map<String, String> params = new HashMap<>();
        for (Element param : elements(info, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertThat(params.get("configure.url")).isEqualTo("/plugins/servlet/value-matrix/admin");
        Map<String, Integer> sizes = Map.of("plugin-icon", 16, "plugin-logo", 72);
        for (Map.Entry<String, Integer> image : sizes.entrySet()) {
            String entry = params.get(image.getKey());
            assertThat(entry).as(image.getKey()).isNotBlank();
            assertThat(jar.has(entry)).as(entry).isTrue();
            java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jar.bytes(entry)));
            assertThat(png).as(entry).isNotNull();
            assertThat(png.getWidth()).as(entry).isEqualTo(image.getValue());
            assertThat(png.getHeight()).as(entry).isEqualTo(image.getValue());
        }
    }

    @Test
    void adminArea_shouldServeEachOfItsPagesButTheHistoryImportsOwn() {
        List<String> patterns = new ArrayList<>();
        for (Element pattern : elements(module("servlet", "admin-page"), "url-pattern")) {
            patterns.add(pattern.getTextContent().trim());
        }
        assertThat(patterns).containsExactly("/value-matrix/admin", "/value-matrix/admin/teams",
                "/value-matrix/admin/containers", "/value-matrix/admin/privacy", "/value-matrix/admin/health");
        assertThat(jar.entries()).contains("templates/admin/start.vm", "templates/admin/teams.vm",
                "templates/admin/containers.vm", "templates/admin/privacy.vm", "templates/admin/health.vm");
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
        for (String key : List.of("project-sidebar-activity", "project-activity",
                "dashboard-resources", "activity-dashboard-item", "project-sidebar-matrix", "project-matrix",
                "matrix-fragment", "matrix-dashboard-resources", "value-matrix-dashboard-item")) {
            assertThat(moduleByKey(key).getAttribute("application")).as(key).isEqualTo("jira");
        }
        // "Load more" and "N new entries" of Confluence's activity page and macro ask it too.
        assertThat(moduleByKey("stream-fragment").getAttribute("application")).isEmpty();
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

    // ---- Customer-facing space blueprints (Confluence) ----

    /** One space blueprint per core template, each with its home page template, wizard and dialog entry. */
    @Test
    void spaceBlueprints_shouldBeOnePerTemplateWithResolvingReferences() throws Exception {
        List<Element> blueprints = elements(descriptor, "space-blueprint");
        assertThat(blueprints).extracting(b -> b.getAttribute("key")).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(SpaceTemplate.values()).map(t -> "space-" + t.wire()).collect(Collectors.toList()));
        for (Element blueprint : blueprints) {
            String key = blueprint.getAttribute("key");
            assertThat(blueprint.getAttribute("application")).as(key).isEqualTo("confluence");
            assertThat(blueprint.getAttribute("category")).as(key).isEqualTo("value-matrix-customer-space");
            assertThat(ConfluenceSpaceBlueprintListener.BLUEPRINT_PREFIX).isEqualTo(pluginKey + ":space-");
            SpaceTemplate template = SpaceTemplate.parse(key.substring("space-".length())).orElseThrow();
            assertThat(blueprint.getAttribute("i18n-name-key")).isEqualTo(template.nameKey());
            List<Element> refs = elements(blueprint, "content-template");
            assertThat(refs).as(key).hasSize(1);
            Element home = module("content-template", refs.get(0).getAttribute("ref"));
            assertThat(home.getAttribute("application")).isEqualTo("confluence");
            List<Element> wizards = elements(blueprint, "dialog-wizard");
            assertThat(wizards).as(key).hasSize(1);
            List<Element> pages = elements(wizards.get(0), "dialog-page");
            assertThat(pages).as(key).hasSize(1);
            Element page = pages.get(0);
            assertThat(page.getAttribute("id")).isEqualTo("vmSpaceForm");
            assertThat(page.getAttribute("last")).isEqualTo("true");
            for (String attribute : List.of("title-key", "description-header-key", "description-content-key")) {
                assertThat(texts.getProperty(page.getAttribute(attribute))).as("%s %s", key, attribute).isNotBlank();
            }
            assertThat(soyTemplates()).as(key).contains(page.getAttribute("template-key"));
        }
    }

    /** The root template is the space's first home page; core writes the real one once the listener runs. */
    @Test
    void spaceHomeTemplates_shouldBeWellFormedStorageFormatWithKnownTexts() throws Exception {
        List<Element> templates = modules().stream().filter(m -> "content-template".equals(m.getTagName()))
                .collect(Collectors.toList());
        assertThat(templates).hasSize(SpaceTemplate.values().length);
        for (Element template : templates) {
            List<Element> resources = elements(template, "resource");
            assertThat(resources).hasSize(1);
            assertThat(resources.get(0).getAttribute("name")).isEqualTo("template");
            String body = jar.text(resources.get(0).getAttribute("location"));
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document page = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                    "<page xmlns:ac=\"http://atlassian.com/content\" xmlns:at=\"http://atlassian.com/template\">"
                            + body + "</page>")));
            NodeList i18n = page.getElementsByTagNameNS("http://atlassian.com/template", "i18n");
            assertThat(i18n.getLength()).isPositive();
            for (int i = 0; i < i18n.getLength(); i++) {
                String k = ((Element) i18n.item(i)).getAttributeNS("http://atlassian.com/template", "key");
                assertThat(texts.getProperty(k)).as(k).isNotBlank();
            }
            assertThat(texts(template, "description")).allSatisfy(k -> assertThat(texts.getProperty(k)).isNotBlank());
        }
    }

    /** Each Create Space dialog entry names a blueprint of ours and carries a 200 x 150 PNG icon. */
    @Test
    void createSpaceDialogItems_shouldNameOurBlueprintsWithTheirIcons() throws Exception {
        Set<String> blueprints = elements(descriptor, "space-blueprint").stream().map(b -> b.getAttribute("key"))
                .collect(Collectors.toSet());
        List<Element> items = modules().stream().filter(m -> "web-item".equals(m.getTagName())
                && "system.create.space.dialog/content".equals(m.getAttribute("section"))).collect(Collectors.toList());
        assertThat(items).hasSize(blueprints.size());
        Set<String> named = new HashSet<>();
        for (Element item : items) {
            String key = item.getAttribute("key");
            assertThat(item.getAttribute("application")).as(key).isEqualTo("confluence");
            List<Element> params = elements(item, "param").stream()
                    .filter(p -> "blueprintKey".equals(p.getAttribute("name"))).collect(Collectors.toList());
            assertThat(params).as(key).hasSize(1);
            named.add(params.get(0).getAttribute("value"));
            assertThat(key).isEqualTo("space-item-" + params.get(0).getAttribute("value").substring("space-".length()));
            assertThat(texts.getProperty(item.getAttribute("i18n-name-key"))).as(key).isNotBlank();
            assertThat(texts(item, "description")).as(key).hasSize(1)
                    .allSatisfy(k -> assertThat(texts.getProperty(k)).isNotBlank());
            List<Element> icons = elements(item, "resource").stream().filter(r -> "icon".equals(r.getAttribute("name")))
                    .collect(Collectors.toList());
            assertThat(icons).as(key).hasSize(1);
            BufferedImage icon = ImageIO.read(new ByteArrayInputStream(jar.bytes(icons.get(0).getAttribute("location"))));
            assertThat(icon).as(key).isNotNull();
            assertThat(icon.getWidth()).as(key).isEqualTo(200);
            assertThat(icon.getHeight()).as(key).isEqualTo(150);
        }
        assertThat(named).isEqualTo(blueprints);
    }

    /**
     * The wizard's script registers a wizard for every dialog entry and page, its form fields are the
     * ones the listener reads, and every text the form and script show is in the bundle.
     */
    @Test
    void spaceWizard_shouldRegisterEveryEntryAndUseTheListenersFields() throws Exception {
        Element resources = module("web-resource", "space-blueprint-resources");
        assertThat(resources.getAttribute("application")).isEqualTo("confluence");
        assertThat(elements(resources, "context")).extracting(c -> c.getTextContent().trim()).containsExactly("create-space");
        String script = jar.text("web/confluence/blueprints/wizard.js");
        String soy = jar.text("web/confluence/blueprints/wizard.soy");
        assertThat(script).contains("'" + pluginKey + "'", "':space-item-' + template", "'pre-render.vmSpaceForm'",
                "'submit.vmSpaceForm'", "'post-render.vmSpaceForm'");
        for (SpaceTemplate t : SpaceTemplate.values()) {
            assertThat(script).contains("'" + t.wire() + "'");
        }
        for (String field : List.of(ConfluenceSpaceBlueprintListener.TEAM, ConfluenceSpaceBlueprintListener.INTERNAL_GROUP,
                ConfluenceSpaceBlueprintListener.MODERATORS, ConfluenceSpaceBlueprintListener.EXTERNAL_GROUPS,
                ConfluenceSpaceBlueprintListener.EXPIRES_ON)) {
            assertThat(soy).contains("{param id: '" + field + "' /}");
            assertThat(script).contains("'" + field + "'");
        }
        List<String> keys = new ArrayList<>();
        Matcher js = Pattern.compile("AJS\\.I18n\\.getText\\('([^']+)'\\)").matcher(script);
        while (js.find()) {
            keys.add(js.group(1));
        }
        Matcher template = Pattern.compile("getText\\('([^']+)'\\)").matcher(soy);
        while (template.find()) {
            keys.add(template.group(1));
        }
        assertThat(keys).hasSizeGreaterThan(10).allSatisfy(k -> assertThat(texts.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void spaceTool_shouldOpenCoresSpacesPageForTheSpace() throws Exception {
        Element tool = module("web-item", "space-tool-customer-access");
        assertThat(tool.getAttribute("section")).isEqualTo("system.space.tools/addons");
        assertThat(tool.getAttribute("application")).isEqualTo("confluence");
        String page = elements(module("servlet", "spaces-page"), "url-pattern").get(0).getTextContent().trim();
        assertThat("/plugins/servlet" + page).isEqualTo(org.valuematrix.spaces.web.SpacesPageServlet.PATH);
        assertThat(elements(tool, "link").get(0).getTextContent().trim())
                .isEqualTo("/plugins/servlet" + page + "?key=$generalUtil.urlEncode($helper.spaceKey)");
        assertThat(HostWebResources.moduleKey("spaces")).isEqualTo(pluginKey + ":spaces-resources");
        assertThat(module("web-resource", "spaces-resources").getAttribute("application")).isEqualTo("confluence");
        assertThat(jar.entries()).contains("templates/spaces/page.vm", "web/spaces/spaces.js", "web/spaces/spaces.css");
    }

    /** @return the fully qualified Soy templates of the web resources, {@code namespace.template} */
    private static Set<String> soyTemplates() throws Exception {
        Set<String> out = new HashSet<>();
        for (Element resource : elements(descriptor, "resource")) {
            String location = resource.getAttribute("location");
            if (location.endsWith(".soy")) {
                String soy = jar.text(location);
                Matcher ns = Pattern.compile("\\{namespace ([\\w.]+)\\}").matcher(soy);
                assertThat(ns.find()).as(location).isTrue();
                Matcher t = Pattern.compile("\\{template \\.(\\w+)\\}").matcher(soy);
                while (t.find()) {
                    out.add(ns.group(1) + "." + t.group(1));
                }
            }
        }
        return out;
    }

    private static List<String> texts(Element parent, String tag) {
        return elements(parent, tag).stream().filter(e -> e.hasAttribute("key")).map(e -> e.getAttribute("key"))
                .collect(Collectors.toList());
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
