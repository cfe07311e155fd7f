package org.valuematrix.spaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.valuematrix.testing.BundleMessages;
import org.xml.sax.InputSource;

/** The templates' pages: every text in the bundle, every body well-formed storage format. */
class SpaceTemplatesTest {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.valuematrix.i18n");
    private final StoragePages target = new StoragePages(new BundleMessages());
    private final StoragePages.Words words = new StoragePages.Words("Acme & <Co>", "Product", "Mia, Max", "product-team");

    @ParameterizedTest
    @EnumSource(SpaceTemplate.class)
    void everyKeyExistsAndEveryPageIsWellFormedXhtml(SpaceTemplate template) throws Exception {
        assertThat(BUNDLE.containsKey(template.nameKey())).isTrue();
        assertThat(BUNDLE.containsKey(template.descriptionKey())).isTrue();
        for (TemplatePage page : template.pages()) {
            assertThat(BUNDLE.containsKey(page.titleKey())).as(page.titleKey()).isTrue();
            for (String block : page.blocks()) {
                assertThat(BUNDLE.containsKey(page.blockKey(block))).as(page.blockKey(block)).isTrue();
            }
            String body = target.body(page, words);
            String xml = "<ac:root xmlns:ac=\"http://atlassian.com/content\" xmlns:ri=\"http://atlassian.com/resource\">"
                    + body + "</ac:root>";
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            assertThat(body).doesNotContain("<Co>").doesNotContain("{0}").doesNotContain("{1}");
        }
    }

    @ParameterizedTest
    @EnumSource(SpaceTemplate.class)
    void eachTreeHasTheFrameAndItsOwnPagesWithUniqueTitles(SpaceTemplate template) {
        TemplatePage home = template.home();
        List<String> titles = home.children().stream().map(p -> target.title(p, words)).collect(
                java.util.stream.Collectors.toList());
        assertThat(titles).startsWith("Working norms", "Start here").endsWith("Internal notes");
        assertThat(titles.size()).isGreaterThanOrEqualTo(6);
        assertThat(new HashSet<>(titles)).hasSameSizeAs(titles);
        assertThat(target.title(home, words)).isEqualTo("Acme & <Co>");
    }

    /** Every sentence a rule, a stage or an audit action can show is in the bundle. */
    @Test
    void everyFindingStageAndAuditActionHasItsSentence() throws Exception {
        java.util.regex.Pattern finding = java.util.regex.Pattern.compile("Finding\\.(refused|warning|passed)\\(\"(\\w+)\"");
        int found = 0;
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(
                java.nio.file.Path.of("src/main/java/org/valuematrix/spaces"))) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                java.util.regex.Matcher m = finding.matcher(java.nio.file.Files.readString(file));
                while (m.find()) {
                    found++;
                    String key = "vm.spaces." + m.group(1) + "." + m.group(2);
                    assertThat(BUNDLE.containsKey(key)).as(key + " in " + file.getFileName()).isTrue();
                }
            }
        }
        assertThat(found).as("findings in the code").isGreaterThanOrEqualTo(15);
        for (SpaceStage stage : SpaceStage.values()) {
            assertThat(BUNDLE.containsKey("vm.spaces.stage." + stage.wire())).isTrue();
        }
        for (String action : List.of(SpaceAudit.CREATED, SpaceAudit.STAGE, SpaceAudit.EXPIRED, SpaceAudit.EXPIRY_NOTICE,
                SpaceAudit.EXPIRY_SET, SpaceAudit.OVERRIDE)) {
            assertThat(BUNDLE.containsKey("vm.spaces.audit.action." + action)).as(action).isTrue();
        }
    }

    @Test
    void noTwoTemplatesShareTheirOwnPages() {
        Set<String> seen = new HashSet<>();
        for (SpaceTemplate t : SpaceTemplate.values()) {
            for (TemplatePage p : t.home().children()) {
                if (!List.of("norms", "start", TemplatePage.INTERNAL_NOTES).contains(p.id())) {
                    assertThat(seen.add(p.id())).as(p.id()).isTrue();
                }
            }
        }
    }
}
