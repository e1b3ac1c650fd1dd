package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import de.integrationsnetz.directory.OfferFixtures;
import de.integrationsnetz.directory.OfferId;
import de.integrationsnetz.directory.OrganisationId;
import de.integrationsnetz.directory.demo.DirectoryDemoIds;
import de.integrationsnetz.directory.offer.ArchiveReason;
import de.integrationsnetz.directory.offer.CourseDetails;
import de.integrationsnetz.directory.offer.CourseLevel;
import de.integrationsnetz.directory.offer.OfferContent;
import de.integrationsnetz.directory.offer.OfferContents;
import de.integrationsnetz.directory.offer.OfferManagement;
import de.integrationsnetz.identity.demo.DemoAccounts;
import de.integrationsnetz.support.IntegrationTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The public offer page, its JSON-LD, print view and calendar file, and the public organisation page. */
@IntegrationTest
class OfferPageTests {

    private static final String DEMO_OFFER = "/offers/" + DirectoryDemoIds.MS_DEMO_OFFER;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    OfferManagement offers;

    @Autowired
    UserDetailsService userDetails;

    private MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static JsonNode jsonLd(Document page) {
        assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
        return JSON.readTree(page.selectFirst("script[type=application/ld+json]").data());
    }

    private static List<String> types(JsonNode jsonLd) {
        List<String> types = new ArrayList<>();
        jsonLd.get("@graph").forEach(node -> types.add(node.get("@type").asString()));
        return types;
    }

    private static JsonNode node(JsonNode jsonLd, String type) {
        for (JsonNode node : jsonLd.get("@graph")) {
            if (node.get("@type").asString().equals(type)) {
                return node;
            }
        }
        throw new AssertionError("No " + type + " in " + jsonLd);
    }

    @Test
    void showsAPublishedOfferWithItsFactsDatesPlacesAndOnlyConsentingContactPersons() throws Exception {
        MockHttpServletResponse response = call(get(DEMO_OFFER));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Sprachcafé in der Begegnungsstätte");
        assertThat(page.select(".kern-preline a").attr("href"))
                .isEqualTo("/organisations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION);
        assertThat(page.select("#facts-heading").text()).isEqualTo("Auf einen Blick");
        assertThat(page.select("#dates-heading + div p").first().text()).contains("Dienstag", "Donnerstag");
        assertThat(page.select("#dates-heading ~ div time")).hasSize(5);
        assertThat(page.select("#sites-heading ~ div h3").text()).isEqualTo("Begegnungsstätte Petersstraße");
        assertThat(page.select("a[href^=https://www.openstreetmap.org/directions?to=]").attr("rel")).isEqualTo("noopener");
        assertThat(page.select("button[data-show-map][hidden]")).as("the map button needs JavaScript").hasSize(1);
        assertThat(page.select("#offer-map").attr("data-points")).contains("\"lat\"");
        assertThat(page.text()).contains("Anna Demo").doesNotContain("Yusuf Beispiel");
        assertThat(page.select("a[href=/offers/" + DirectoryDemoIds.MS_DEMO_OFFER + "/print]")).hasSize(1);
        assertThat(page.select("a[href=/offers/" + DirectoryDemoIds.MS_DEMO_OFFER + ".ics]")).hasSize(1);
    }

    @Test
    void saysWhenATextWasTranslatedByAMachine() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        OfferId id = fixtures.published(fixtures.organisation(OfferFixtures.unique("Maschinenverein")),
                OfferFixtures.unique("Elterncafé"));
        offers.translate(id, fixtures.coordinator(), de.integrationsnetz.directory.translation.TranslatedField.NAME,
                de.integrationsnetz.directory.ContentLanguage.EN, "Parents' café", true);

        Document english = Jsoup.parse(call(get("/offers/" + id).param("lang", "en")).getContentAsString());
        assertThat(english.select("h1").text()).isEqualTo("Parents' café");
        assertThat(english.select("#machine-translated").text()).contains("translated by a machine");
        assertThat(Jsoup.parse(call(get("/offers/" + id)).getContentAsString()).select("#machine-translated"))
                .as("the German page is the source").isEmpty();
    }

    @Test
    void mayBeCachedForAMinuteAndRevalidatedWithItsETag() throws Exception {
        MockHttpServletResponse first = call(get(DEMO_OFFER));
        assertThat(first.getHeader("Cache-Control")).as("never in shared caches: the page carries a CSRF token")
                .isEqualTo("private, max-age=60");
        String etag = first.getHeader("ETag");
        assertThat(etag).isNotBlank();

        assertThat(call(get(DEMO_OFFER).header("If-None-Match", etag)).getStatus()).isEqualTo(304);
        assertThat(call(get(DEMO_OFFER).param("lang", "en").header("If-None-Match", etag)).getStatus())
                .as("another language is another page").isEqualTo(200);
        MockHttpServletResponse loggedIn = call(get(DEMO_OFFER).header("If-None-Match", etag)
                .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(DemoAccounts.COORDINATOR))));
        assertThat(loggedIn.getStatus()).as("a logged-in page is never answered from the visitor's cache").isEqualTo(200);
        assertThat(loggedIn.getHeader("ETag")).isNull();
        assertThat(loggedIn.getHeader("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void describesTheOfferAsSchemaOrgJsonLdWithAServiceAndAnEventPerRecurringSchedule() throws Exception {
        JsonNode jsonLd = jsonLd(Jsoup.parse(call(get(DEMO_OFFER)).getContentAsString()));

        assertThat(jsonLd.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(types(jsonLd)).containsExactly("Service", "Event");
        JsonNode service = node(jsonLd, "Service");
        assertThat(service.get("name").asString()).isEqualTo("Sprachcafé in der Begegnungsstätte");
        assertThat(service.get("url").asString()).isEqualTo("http://localhost:8080" + DEMO_OFFER);
        assertThat(service.get("provider").get("@type").asString()).isEqualTo("NGO");
        assertThat(service.get("provider").get("address").get("@type").asString()).isEqualTo("PostalAddress");
        assertThat(service.get("areaServed").get(0).get("@type").asString()).isEqualTo("AdministrativeArea");
        assertThat(service.get("areaServed").get(0).get("identifier").asString()).isEqualTo("14522180");
        assertThat(service.get("availableLanguage").get(0).get("@type").asString()).isEqualTo("Language");
        assertThat(service.get("audience").get("@type").asString()).isEqualTo("Audience");
        assertThat(service.get("serviceType")).isNotEmpty();
        assertThat(service.get("isAccessibleForFree").asBoolean()).isTrue();
        assertThat(service.get("offers").get("price").asString()).isEqualTo("0");
        JsonNode location = service.get("availableChannel").get(0).get("serviceLocation");
        assertThat(location.get("@type").asString()).isEqualTo("Place");
        assertThat(location.get("geo").get("@type").asString()).isEqualTo("GeoCoordinates");
        assertThat(service.get("dateModified").asString()).isNotBlank();
        JsonNode schedule = node(jsonLd, "Event").get("eventSchedule");
        assertThat(schedule.get("@type").asString()).isEqualTo("Schedule");
        assertThat(schedule.get("repeatFrequency").asString()).isEqualTo("P1W");
        assertThat(schedule.get("byDay").toString()).contains("https://schema.org/Tuesday", "https://schema.org/Thursday");
        assertThat(schedule.get("startTime").asString()).isEqualTo("16:00");
        assertThat(schedule.get("scheduleTimezone").asString()).isEqualTo("Europe/Berlin");
    }

    @Test
    void describesTheNthWeekdayOfTheMonthWithItsWeekAndLeavesOutTheLastWeekdaySchemaOrgCannotSay() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        LocalDate start = LocalDate.now().plusDays(3);
        java.util.function.Function<String, de.integrationsnetz.directory.offer.ScheduleData> monthly = rule ->
                new de.integrationsnetz.directory.offer.ScheduleData(UUID.randomUUID(), null,
                        de.integrationsnetz.directory.schedule.ScheduleKind.RECURRING, rule, start,
                        java.time.LocalTime.of(17, 0), java.time.LocalTime.of(19, 0), null, null,
                        de.integrationsnetz.directory.schedule.Attendance.ONLINE, null);
        OfferId id = fixtures.draft(fixtures.organisation(OfferFixtures.unique("Monatsverein")),
                OfferContents.withSchedules(OfferContents.online(OfferFixtures.unique("Elternabend")),
                        List.of(monthly.apply("FREQ=MONTHLY;BYDAY=1WE"), monthly.apply("FREQ=MONTHLY;BYDAY=-1FR"))),
                fixtures.coordinator());
        offers.publish(id, fixtures.coordinator());

        JsonNode jsonLd = jsonLd(Jsoup.parse(call(get("/offers/" + id)).getContentAsString()));
        List<JsonNode> schedules = new ArrayList<>();
        jsonLd.get("@graph").forEach(node -> {
            if (node.has("eventSchedule")) {
                schedules.add(node.get("eventSchedule"));
            }
        });
        assertThat(schedules).as("the last Friday has no schema.org week number").hasSize(1);
        assertThat(schedules.get(0).get("repeatFrequency").asString()).isEqualTo("P1M");
        assertThat(schedules.get(0).get("byMonthWeek").asInt()).isEqualTo(1);
        assertThat(schedules.get(0).get("byDay").toString()).contains("https://schema.org/Wednesday");
    }

    @Test
    void describesACourseAsACourseWithLevelAndInstanceAndKeepsTheJsonLdInsideItsScriptBlock() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        OrganisationId organisation = fixtures.organisation(OfferFixtures.unique("Kursverein"));
        String name = OfferFixtures.unique("Kurs </script><b>A1</b>");
        LocalDate start = LocalDate.now().plusDays(20);
        OfferContent content = OfferContents.withCourse(OfferContents.online(name),
                new CourseDetails(CourseLevel.A1, start, start.plusWeeks(20), 20, 0, null));
        OfferId id = fixtures.draft(organisation, content, fixtures.coordinator());
        offers.publish(id, fixtures.coordinator());

        Document page = Jsoup.parse(call(get("/offers/" + id)).getContentAsString());

        JsonNode jsonLd = jsonLd(page);
        assertThat(types(jsonLd)).contains("Service", "Course");
        JsonNode course = node(jsonLd, "Course");
        assertThat(course.get("name").asString()).isEqualTo(name);
        assertThat(course.get("educationalLevel").asString()).isEqualTo("A1");
        assertThat(course.get("inLanguage").asString()).isEqualTo("de");
        assertThat(course.get("hasCourseInstance").get("@type").asString()).isEqualTo("CourseInstance");
        assertThat(course.get("hasCourseInstance").get("courseMode").asString()).isEqualTo("online");
        assertThat(course.get("hasCourseInstance").get("startDate").asString()).isEqualTo(start.toString());
        assertThat(course.get("offers").get("availability").asString()).isEqualTo("https://schema.org/SoldOut");
        assertThat(page.select("h1 b")).as("the name stays text").isEmpty();
    }

    @Test
    void showsGermanContentOnAnotherLanguagesPageAsGermanWithTheFallbackNotice() throws Exception {
        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        String name = OfferFixtures.unique("Nur deutsch");
        OfferId id = fixtures.published(fixtures.organisation(OfferFixtures.unique("Verein")), name);

        Document page = Jsoup.parse(call(get("/offers/" + id).param("lang", "ar")).getContentAsString());

        assertThat(page.select("html").attr("lang")).isEqualTo("ar");
        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("h1").attr("lang")).isEqualTo("de");
        assertThat(page.select("h1").attr("dir")).isEqualTo("ltr");
        assertThat(page.select("p.kern-body--large[lang=de][dir=ltr]").text()).isEqualTo("Beschreibung von " + name);
        assertThat(page.select(".kern-alert--info .kern-title").text()).isEqualTo("بالألمانية فقط");
        assertThat(node(jsonLd(page), "Service").get("inLanguage").asString()).isEqualTo("de");
    }

    @Test
    void printsAllFactsTheNextDatesAndThePageAddressWithoutNavigationOrForms() throws Exception {
        MockHttpServletResponse response = call(get(DEMO_OFFER + "/print"));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("nav, form, header.in-header")).isEmpty();
        assertThat(page.select("h1").text()).isEqualTo("Sprachcafé in der Begegnungsstätte");
        assertThat(page.select(".fnd-dates li")).hasSize(10);
        assertThat(page.text()).contains("http://localhost:8080" + DEMO_OFFER).contains("Stand: ")
                .contains("Petersstraße 12, 09599 Freiberg").contains("Anna Demo").doesNotContain("Yusuf Beispiel");
    }

    @Test
    void offersTheSchedulesAsACalendarFile() throws Exception {
        MockHttpServletResponse response = call(get(DEMO_OFFER + ".ics"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        assertThat(response.getContentAsString()).contains("BEGIN:VCALENDAR", "RRULE:FREQ=WEEKLY",
                "SUMMARY:Sprachcafé in der Begegnungsstätte");
    }

    @Test
    void answersNotFoundForUnknownDraftAndReviewOffersAndGoneForArchivedOnes() throws Exception {
        assertThat(call(get("/offers/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(call(get("/offers/not-a-uuid")).getStatus()).isEqualTo(404);
        assertThat(call(get("/offers/" + DirectoryDemoIds.MS_DRAFT_OFFER)).getStatus()).isEqualTo(404);
        assertThat(call(get("/offers/" + DirectoryDemoIds.MS_REVIEW_OFFER + "/print")).getStatus()).isEqualTo(404);
        assertThat(call(get("/offers/" + DirectoryDemoIds.MS_DRAFT_OFFER + ".ics")).getStatus()).isEqualTo(404);

        OfferFixtures fixtures = beans.createBean(OfferFixtures.class);
        String name = OfferFixtures.unique("Beendet");
        OfferId id = fixtures.published(fixtures.organisation(OfferFixtures.unique("Verein")), name);
        offers.archive(id, fixtures.coordinator(), ArchiveReason.ENDED);

        MockHttpServletResponse gone = call(get("/offers/" + id));
        assertThat(gone.getStatus()).isEqualTo(410);
        Document page = Jsoup.parse(gone.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Dieses Angebot gibt es nicht mehr");
        assertThat(page.select("main a.kern-btn").attr("href")).isEqualTo("/");
        assertThat(call(get("/offers/" + id + "/print")).getStatus()).isEqualTo(410);
    }

    @Test
    void showsAnOrganisationWithItsPublishedOffersAndOnlyConsentingContactPersons() throws Exception {
        MockHttpServletResponse response = call(get("/organisations/" + DirectoryDemoIds.MS_DEMO_ORGANISATION));

        assertThat(response.getStatus()).isEqualTo(200);
        Document page = Jsoup.parse(response.getContentAsString());
        assertThat(page.select("h1").text()).isEqualTo("Integrationsverein Freiberg e. V. (Demo)");
        assertThat(page.select("#offers-heading + ul a").eachAttr("href"))
                .contains("/offers/" + DirectoryDemoIds.MS_DEMO_OFFER)
                .doesNotContain("/offers/" + DirectoryDemoIds.MS_DRAFT_OFFER,
                        "/offers/" + DirectoryDemoIds.MS_REVIEW_OFFER);
        assertThat(page.text()).contains("Anna Demo").doesNotContain("Yusuf Beispiel");
        assertThat(call(get("/organisations/" + UUID.randomUUID())).getStatus()).isEqualTo(404);
        assertThat(call(get("/organisations/x")).getStatus()).isEqualTo(404);
    }
}
