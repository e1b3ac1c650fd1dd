package de.integrationsnetz.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import de.integrationsnetz.platform.web.StaticResourceUrlEncodingFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class PlatformPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void anAnonymousVisitGetsNoSessionAndNoTokenWhileALoggedInPageCarriesTheToken() throws Exception {
        for (String path : new String[] {"/", "/districts", "/who-is-responsible", "/about"}) {
            MvcResult anonymous = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
            assertThat(anonymous.getRequest().getSession(false)).as("session opened by " + path).isNull();
            assertThat(anonymous.getResponse().getContentAsString()).doesNotContain("csrf-token");
        }
        String loggedIn = mvc.perform(get("/app").with(user(userDetails.loadUserByUsername(DemoAccounts.COORDINATOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(loggedIn).containsPattern("<meta name=\"csrf-token\" content=\"[^\"]+\">");
    }

    @Test
    void linksToStaticFilesCarryTheirContentHashWhileLinksToPagesStayAsWritten() throws Exception {
        String page = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();

        assertThat(page).containsPattern("href=\"/css/app-[0-9a-f]{32}\\.css\"")
                .containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"")
                .contains("href=\"/who-is-responsible\"");
        assertThat(page).as("a page link is not looked up as a file").containsPattern("href=\"/offers/[0-9a-f-]{36}\"");
    }

    @Test
    void onlyOneFilterPutsContentHashesIntoLinksAndItLooksUpOnlyStaticOnes(@Autowired ApplicationContext context) {
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class).values())
                .singleElement().isInstanceOf(StaticResourceUrlEncodingFilter.class);
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .noneMatch(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter);
    }

    @Test
    void aboutPageNamesEveryReferenceDataSourceAsItsLicenceRequires() throws Exception {
        mvc.perform(get("/about"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Statistisches Bundesamt (Destatis)"),
                        Matchers.containsString("© GeoBasis-DE / <a class=\"kern-link\" href=\"http://www.bkg.bund.de\">BKG</a> (2021)"),
                        Matchers.containsString("Datenlizenz Deutschland – Namensnennung – Version 2.0"),
                        Matchers.containsString("GeoNames"),
                        Matchers.containsString("OpenStreetMap"),
                        Matchers.containsString("ODbL"))));
    }

    @Test
    void publishesAnAccessibilityStatementInEveryLanguage() throws Exception {
        mvc.perform(get("/accessibility")).andExpect(content().string(Matchers.containsString("Erklärung zur Barrierefreiheit")));
        mvc.perform(get("/accessibility").param("lang", "uk"))
                .andExpect(content().string(Matchers.containsString("lang=\"uk\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Erklärung zur Barrierefreiheit</h1>"))));
    }

    @Test
    void switchesToArabicRightToLeftAndRemembersTheChoiceInACookie() throws Exception {
        mvc.perform(get("/").param("lang", "ar"))
                .andExpect(cookie().value("lang", "ar"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"ar\" dir=\"rtl\">")));
        mvc.perform(get("/about").cookie(new Cookie("lang", "fa")))
                .andExpect(content().string(Matchers.containsString("<html lang=\"fa\" dir=\"rtl\">")));
    }

    @Test
    void ignoresALanguageWeDoNotOffer() throws Exception {
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(cookie().doesNotExist("lang"))
                .andExpect(content().string(Matchers.containsString("<html lang=\"de\" dir=\"ltr\">")));
    }

    @Test
    void marksDemoContentInTheLayout() throws Exception {
        mvc.perform(get("/")).andExpect(content().string(Matchers.containsString("in-demo-banner")));
    }

    @Test
    void dashboardShowsTheUsersRolesWithTheNamesOfTheirDistrictAndMunicipality() throws Exception {
        mvc.perform(get("/app").with(user(userDetails.loadUserByUsername(DemoAccounts.MUNICIPALITY))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Mittelsachsen"),
                        Matchers.containsString("Freiberg"))));
    }

    @Test
    void dashboardLeadsEachRoleToTheDirectoryPagesItMayUse() throws Exception {
        mvc.perform(get("/app").with(user(userDetails.loadUserByUsername(DemoAccounts.COORDINATOR))))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"/app/directory\""),
                        Matchers.not(Matchers.containsString("href=\"/app/directory/search-index\"")))));
        mvc.perform(get("/app").with(user(userDetails.loadUserByUsername(DemoAccounts.OPERATOR))))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("href=\"/app/directory/search-index\""),
                        Matchers.not(Matchers.containsString("href=\"/app/directory\"")))));
    }
}
