package org.valuematrix.standalone.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SiteAddressTest {

    @Test
    void bound_withoutConfiguredBaseUrl_shouldUseTheBoundAddressAndContextPath() {
        SiteAddress target = new SiteAddress("/confluence", null);
        assertThatThrownBy(target::baseUrl).as("unknown before the server listens")
                .isInstanceOf(IllegalStateException.class);

        target.bound("127.0.0.1", 41990);

        assertThat(target.baseUrl()).isEqualTo("http://127.0.0.1:41990/confluence");
        assertThat(target.absolute(HostPaths.SPACES)).isEqualTo("http://127.0.0.1:41990/confluence/spaces");
        assertThat(target.link(HostPaths.SPACES)).isEqualTo("/confluence/spaces");
    }

    @Test
    void bound_onEveryInterfaceOrIpv6_shouldGiveAnAddressABrowserOpens() {
        SiteAddress any = new SiteAddress("", null);
        SiteAddress ipv6 = new SiteAddress("", null);

        any.bound("0.0.0.0", 1990);
        ipv6.bound("::1", 1990);

        assertThat(any.baseUrl()).isEqualTo("http://localhost:1990");
        assertThat(ipv6.baseUrl()).isEqualTo("http://[::1]:1990");
    }

    @Test
    void bound_withConfiguredBaseUrl_shouldKeepIt() {
        SiteAddress target = new SiteAddress("/jira", "https://jira.example.com/jira");

        target.bound("127.0.0.1", 8080);

        assertThat(target.baseUrl()).isEqualTo("https://jira.example.com/jira");
        assertThat(target.absolute(HostPaths.LOGIN)).isEqualTo("https://jira.example.com/jira/login");
        assertThat(target.link(HostPaths.LOGIN)).isEqualTo("/jira/login");
    }
}
