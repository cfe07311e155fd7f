package org.valuematrix.plugin;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The plugin calls no host member that the supported Confluence versions deprecate: Confluence 9
 * removed many deprecated members, and a compile-only re-declaration would not show it.
 */
@AnalyzeClasses(packages = "org.valuematrix.plugin",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class DeprecatedHostApiTest {

    /**
     * {@code getAllSpaces()}, {@code getAllSpaces(SpacesQuery)}, {@code getSpaces(SpacesQuery)}:
     * "since 7.3.0, use SpaceService.find(Expansion...) in plugins" (ConfluenceServer javadoc 7.13 to
     * 8.3); these and {@code getSpace(String)}, {@code getSpace(long)}, {@code getPersonalSpace} are
     * {@code @Deprecated} in the decompiled Confluence 8.7.2.
     */
    @ArchTest
    static final ArchRule spaceManagerLookUpsShouldNotBeCalled = noClasses()
            .should().callMethodWhere(target(owner(name("com.atlassian.confluence.spaces.SpaceManager")))
                    .and(target(nameMatching("getAllSpaces|getSpaces|getSpace|getPersonalSpace"))))
            .because("SpaceService and the bulk permission service replace them for plugins");

    /**
     * The {@code com.atlassian.user.User} variants: "Deprecated, for removal" since 8.8 (ConfluenceServer
     * javadoc 8.8.0 and 9.4.0 {@code PermissionManager}); the {@code ConfluenceUser} ones remain.
     */
    @ArchTest
    static final ArchRule permittedEntitiesOfAPlainUserShouldNotBeCalled = noClasses()
            .should().callMethod("com.atlassian.confluence.security.PermissionManager", "getPermittedEntities",
                    "com.atlassian.user.User", "com.atlassian.confluence.security.Permission", "java.util.List")
            .because("Confluence removes the User variants; the visible set comes from the bulk permission service");
}
