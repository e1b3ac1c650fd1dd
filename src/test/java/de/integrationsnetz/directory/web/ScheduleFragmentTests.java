package de.integrationsnetz.directory.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.integrationsnetz.directory.schedule.RepeatPattern;
import de.integrationsnetz.directory.schedule.ScheduleKind;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The schedule fieldset renders inside another form object, binds back from the posted names, and shows each error
 * next to its field, in the page's language, with ids that the error summary links to.
 */
class ScheduleFragmentTests {

    /** A stand-in for the offer form: anything with a list property "schedules". */
    public static class HostForm {
        private List<ScheduleFields> schedules = new ArrayList<>();

        public List<ScheduleFields> getSchedules() {
            return schedules;
        }

        public void setSchedules(List<ScheduleFields> schedules) {
            this.schedules = schedules;
        }
    }

    @Test
    void rendersOneLabelledFieldsetPerScheduleWithTheCurrentValues() throws Exception {
        HostForm form = new HostForm();
        ScheduleFields weekly = ScheduleFields.empty();
        weekly.setDays(EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        weekly.setOpensAt("10:00");
        weekly.setClosesAt("12:00");
        form.getSchedules().add(weekly);
        form.getSchedules().add(ScheduleFields.empty());

        Document page = render(form, new BeanPropertyBindingResult(form, "form"), Locale.GERMAN);

        assertThat(page.select("fieldset#schedule-0 > legend").text()).isEqualTo("Termin 1");
        assertThat(page.select("fieldset#schedule-1 > legend").text()).isEqualTo("Termin 2");
        assertThat(page.getElementById("schedules[0].days-TUESDAY").attr("name")).isEqualTo("schedules[0].days");
        assertThat(page.getElementById("schedules[0].days-TUESDAY").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("schedules[0].days-MONDAY").hasAttr("checked")).isFalse();
        assertThat(page.select("label[for=schedules[0].days-TUESDAY]").text()).isEqualTo("Dienstag");
        assertThat(page.getElementById("schedules[0].opensAt").attr("type")).isEqualTo("time");
        assertThat(page.getElementById("schedules[0].opensAt").val()).isEqualTo("10:00");
        assertThat(page.getElementById("schedules[1].start").attr("type")).isEqualTo("date");
        assertThat(page.select("select#schedules\\[0\\]\\.kind option[selected]").val()).isEqualTo("RECURRING");
        assertThat(page.select("select#schedules\\[0\\]\\.nth option").eachAttr("value"))
                .containsExactly("1", "2", "3", "4", "-1");
        assertThat(page.select("button[name=removeSchedule]").eachAttr("value")).containsExactly("0", "1");
        assertThat(page.select("input[type=hidden][name=schedules[0].id]")).hasSize(1);
        for (Element input : page.select("input:not([type=hidden]), select")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as("label of %s", input.id()).hasSize(1);
        }
        assertThat(page.select("[style], script")).isEmpty();
    }

    @Test
    void bindsPostedNamesBackIntoTheSchedules() {
        HostForm form = new HostForm();
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/test");
        post.addParameter("schedules[0].kind", "RECURRING");
        post.addParameter("schedules[0].pattern", "MONTHLY_NTH_WEEKDAY");
        post.addParameter("schedules[0].nth", "-1");
        post.addParameter("schedules[0].monthlyDay", "FRIDAY");
        post.addParameter("_schedules[0].days", "on");
        post.addParameter("schedules[0].opensAt", "18:00");
        post.addParameter("schedules[0].closesAt", "20:00");
        post.addParameter("schedules[0].id", "");
        post.addParameter("schedules[1].kind", "SINGLE_DATE");
        post.addParameter("schedules[1].start", "2027-03-12");
        post.addParameter("schedules[1].days", "MONDAY", "WEDNESDAY");

        ServletRequestDataBinder binder = new ServletRequestDataBinder(form, "form");
        binder.bind(post);

        assertThat(binder.getBindingResult().hasErrors()).isFalse();
        ScheduleFields monthly = form.getSchedules().get(0);
        assertThat(monthly.getPattern()).isEqualTo(RepeatPattern.MONTHLY_NTH_WEEKDAY);
        assertThat(monthly.getNth()).isEqualTo(-1);
        assertThat(monthly.getMonthlyDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(monthly.getId()).isNull();
        assertThat(monthly.toSchedule().rule().orElseThrow().value()).isEqualTo("FREQ=MONTHLY;BYDAY=-1FR");
        assertThat(form.getSchedules().get(1).getKind()).isEqualTo(ScheduleKind.SINGLE_DATE);
        assertThat(form.getSchedules().get(1).getDays()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
    }

    @Test
    void showsEachErrorNextToItsFieldInThePageLanguage() throws Exception {
        HostForm form = new HostForm();
        ScheduleFields wrong = ScheduleFields.empty();
        wrong.setOpensAt("12:00");
        wrong.setClosesAt("10:00");
        form.getSchedules().add(wrong);
        BindingResult errors = new BeanPropertyBindingResult(form, "form");
        wrong.validate(errors, "schedules[0]");

        Document german = render(form, errors, Locale.GERMAN);
        Document arabic = render(form, errors, Locale.forLanguageTag("ar"));

        assertThat(german.getElementById("schedules[0].days-error").text())
                .isEqualTo("Bitte wählen Sie mindestens einen Wochentag.");
        assertThat(german.getElementById("schedules[0].closesAt-error").text())
                .isEqualTo("Das Ende muss nach dem Beginn liegen.");
        assertThat(german.getElementById("schedules[0].closesAt").attr("aria-invalid")).isEqualTo("true");
        assertThat(german.getElementById("schedules[0].closesAt").attr("aria-describedby"))
                .isEqualTo("schedules[0].closesAt-error");
        assertThat(german.getElementById("schedules[0].days").hasClass("kern-fieldset--error")).isTrue();
        assertThat(arabic.getElementById("schedules[0].closesAt-error").text())
                .isEqualTo("يجب أن تكون النهاية بعد البداية.");
        assertThat(arabic.select("label[for=schedules[0].days-FRIDAY]").text()).isEqualTo("الجمعة");
    }

    private static Document render(HostForm form, BindingResult errors, Locale locale) throws Exception {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/directory");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        MockServletContext servletContext = new MockServletContext();
        GenericWebApplicationContext context = new GenericWebApplicationContext(servletContext);
        context.getDefaultListableBeanFactory().registerSingleton("messageSource", messages);
        context.refresh();

        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setMessageSource(messages);
        engine.setEnableSpringELCompiler(true);
        ThymeleafViewResolver resolver = new ThymeleafViewResolver();
        resolver.setTemplateEngine(engine);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setApplicationContext(context);
        resolver.setServletContext(servletContext);

        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/test");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, new FixedLocaleResolver(locale));
        request.addPreferredLocale(locale);
        MockHttpServletResponse response = new MockHttpServletResponse();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put(BindingResult.MODEL_KEY_PREFIX + "form", errors);

        View view = resolver.resolveViewName("directory/test/schedule-form", locale);
        view.render(model, request, response);
        return Jsoup.parse(response.getContentAsString());
    }
}
