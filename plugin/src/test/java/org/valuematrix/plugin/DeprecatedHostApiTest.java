package org.valuematrix.plugin;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
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
     * The one class allowed three deprecated members, because Confluence 8.5 offers plugins nothing
     * else to set one space permission: {@code SpacePermissionSaver.savePermission} (deprecated since 5.9
     * for an internal saver, still in the ConfluenceServer javadoc 10.1.2) and
     * {@code SpacePermissionManager.removePermission} (deprecated in 8.7.2; not confirmed for 9.2 here);
     * the public {@code SpacePermissionService} exists only since 9.1 and {@code SpaceManager.getSpace(String)}, the only look-up by key of the space entity that
     * {@code SpacePermission}'s factories and {@code PageManager.getPages} take (still in the javadoc 9.3).
     * When 8.5 support ends, {@code SpacePermissionService} replaces all three.
     */
    static final String SPACE_ADMINISTRATION = "org.valuematrix.plugin.confluence.ConfluenceSpaceAdministration";

    /**
     * The history import's one class allowed {@code SpaceManager.getSpace(String)}, for the same reason:
     * {@code PageManager.getPages(Space, boolean)} and {@code getBlogPosts(Space, boolean)}, the only
     * non-deprecated listings of a space's pages and blog posts in 8.7.2, take the space entity, and
     * nothing non-deprecated returns it by key (every look-up of a page by id is deprecated too).
     */
    static final String CONTENT_HISTORY = "org.valuematrix.plugin.confluence.ConfluenceContentHistory";

    /**
     * Every host member re-declared in {@code atlassian-api} carries the host's {@code @Deprecated}, so
     * no call of a deprecated host member can pass unnoticed, except the three named above.
     */
    @ArchTest
    static final ArchRule deprecatedHostMembersShouldNotBeCalled = noClasses()
            .that().doNotHaveFullyQualifiedName(SPACE_ADMINISTRATION).and().doNotHaveFullyQualifiedName(CONTENT_HISTORY)
            .should().callMethodWhere(target(annotatedWith(Deprecated.class))
                    .and(target(owner(nameMatching("com\\.atlassian\\..*")))))
            .because("Confluence 9 and Jira 10 removed many deprecated members");

    @ArchTest
    static final ArchRule spaceAdministrationShouldCallOnlyTheThreeReasonedDeprecatedMembers = noClasses()
            .that().haveFullyQualifiedName(SPACE_ADMINISTRATION)
            .should().callMethodWhere(target(annotatedWith(Deprecated.class))
                    .and(target(owner(nameMatching("com\\.atlassian\\..*"))))
                    .and(DescribedPredicate.not(target(nameMatching("getSpace|savePermission|removePermission")))))
            .because("only the space permission writes and the space look-up they need have no replacement in 8.5");

    @ArchTest
    static final ArchRule contentHistoryShouldCallOnlyTheSpaceLookUp = noClasses()
            .that().haveFullyQualifiedName(CONTENT_HISTORY)
            .should().callMethodWhere(target(annotatedWith(Deprecated.class))
                    .and(target(owner(nameMatching("com\\.atlassian\\..*"))))
                    .and(DescribedPredicate.not(target(name("getSpace")))))
            .because("only the space look-up by key has no non-deprecated replacement");

    /**
     * {@code getAllSpaces()}, {@code getAllSpaces(SpacesQuery)}, {@code getSpaces(SpacesQuery)}:
     * "since 7.3.0, use SpaceService.find(Expansion...) in plugins" (ConfluenceServer javadoc 7.13 to
     * 8.3); these and {@code getSpace(String)}, {@code getSpace(long)}, {@code getPersonalSpace} are
     * {@code @Deprecated} in the decompiled Confluence 8.7.2.
     */
    @ArchTest
    static final ArchRule spaceManagerLookUpsShouldNotBeCalled = noClasses()
            .that().doNotHaveFullyQualifiedName(SPACE_ADMINISTRATION).and().doNotHaveFullyQualifiedName(CONTENT_HISTORY)
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
