package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.exports.OfferTable;
import de.integrationsnetz.directory.exports.TableWriter;
import de.integrationsnetz.directory.imports.ColumnMapping;
import de.integrationsnetz.directory.imports.ImportJob;
import de.integrationsnetz.directory.imports.ImportProblem;
import de.integrationsnetz.directory.imports.ImportStatus;
import de.integrationsnetz.directory.imports.OfferColumn;
import de.integrationsnetz.directory.imports.OfferImports;
import de.integrationsnetz.directory.imports.UnreadableFile;
import de.integrationsnetz.directory.offer.OfferStatus;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.web.Htmx;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Imports of offers from XLSX and CSV (docs/directory.md §7.2): the upload page with the recent jobs and the template
 * downloads, a job's page (column mapping with a preview that htmx re-renders on every change, progress that htmx
 * polls while the job runs, the result), the report as a page and as a CSV download, commit and discard.
 */
@Controller
@RequestMapping("/app/directory/imports")
class ImportController {

    static final String BASE = "/app/directory/imports";
    private static final int REPORT_PAGE = 100;

    private final OfferImports imports;
    private final MessageSource messages;

    ImportController(OfferImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    /** Dates on the import pages, in German local time. */
    @org.springframework.web.bind.annotation.ModelAttribute("times")
    LocalTimes times() {
        return LocalTimes.INSTANCE;
    }

    @GetMapping
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String start(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("jobs", imports.recent(user));
        model.addAttribute("columns", OfferColumn.values());
        return "directory/imports/start";
    }

    @PostMapping
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String upload(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadProblem(user, "directory.import.file.missing", model, response);
        }
        try {
            UUID id = imports.upload(user, file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename(),
                    file.getBytes());
            return "redirect:" + BASE + "/" + id;
        } catch (UnreadableFile unreadable) {
            return uploadProblem(user, "directory.import.file." + unreadable.code(), model, response);
        }
    }

    private String uploadProblem(CurrentUser user, String key, Model model, HttpServletResponse response) {
        response.setStatus(422);
        model.addAttribute("uploadProblem", key);
        return start(user, model);
    }

    @GetMapping("/{id}")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ImportJob job = jobModel(model, id, user);
        if (mappable(job.status())) {
            try {
                model.addAttribute("preview", imports.preview(id, user, null));
            } catch (UnreadableFile expired) {
                model.addAttribute("fileProblem", "directory.import.file." + expired.code());
            }
        }
        if (job.status() != ImportStatus.UPLOADED && job.status() != ImportStatus.MAPPED) {
            model.addAttribute("problems", imports.problems(id, user, 0, 10));
            model.addAttribute("problemCount", imports.countProblems(id, user));
        }
        return "directory/imports/job";
    }

    /** The preview with the mapping the user is trying out (htmx on every change of a select). */
    @GetMapping("/{id}/preview")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "target", required = false) List<String> targets, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ImportJob job = jobModel(model, id, user);
        model.addAttribute("preview", imports.preview(id, user, targets == null ? null : ColumnMapping.of(targets)));
        if (Htmx.wantsFragment(request, response)) {
            return "directory/imports/job :: preview";
        }
        return "directory/imports/job";
    }

    @PostMapping("/{id}/mapping")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String map(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "target", required = false) List<String> targets,
            @RequestParam(defaultValue = "DRAFT") String targetStatus,
            @RequestParam(defaultValue = "false") boolean createOrganisations, Model model,
            HttpServletResponse response) {
        ColumnMapping mapping = ColumnMapping.of(targets == null ? List.of() : targets);
        OfferStatus status = "IN_REVIEW".equals(targetStatus) ? OfferStatus.IN_REVIEW : OfferStatus.DRAFT;
        List<String> problems = imports.map(id, user, mapping, status, createOrganisations);
        if (!problems.isEmpty()) {
            response.setStatus(422);
            jobModel(model, id, user);
            model.addAttribute("preview", imports.preview(id, user, mapping));
            return "directory/imports/job";
        }
        return "redirect:" + BASE + "/" + id;
    }

    /** The progress box; polled by htmx every second while the job runs (the final markup stops the polling). */
    @GetMapping("/{id}/progress")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        ImportJob job = imports.get(id, user);
        if (!Htmx.wantsFragment(request, response)) {
            return "redirect:" + BASE + "/" + id;
        }
        model.addAttribute("job", job);
        if (!job.status().isRunning()) {
            // Done: reload the whole page, which shows the result.
            response.setHeader("HX-Refresh", "true");
        }
        return "directory/imports/job :: progress";
    }

    @PostMapping("/{id}/commit")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String commit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        imports.commit(id, user);
        return "redirect:" + BASE + "/" + id;
    }

    @PostMapping("/{id}/discard")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String discard(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        imports.discard(id, user);
        redirect.addFlashAttribute("flash", "directory.import.discarded");
        return "redirect:" + BASE;
    }

    @GetMapping("/{id}/errors")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    String errors(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ImportJob job = imports.get(id, user);
        int total = imports.countProblems(id, user);
        int pages = Math.max(1, (total + REPORT_PAGE - 1) / REPORT_PAGE);
        int current = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("job", job);
        model.addAttribute("problems", imports.problems(id, user, current * REPORT_PAGE, REPORT_PAGE));
        model.addAttribute("problemCount", total);
        model.addAttribute("reportPage", current);
        model.addAttribute("pages", pages);
        return "directory/imports/errors";
    }

    /** The whole report as CSV (UTF-8 with BOM, ";"), in the user's language. */
    @GetMapping("/{id}/errors.csv")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    void errorsCsv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale,
            HttpServletResponse response) throws IOException {
        List<ImportProblem> problems = imports.problems(id, user, 0, Integer.MAX_VALUE); // checks the scope
        List<List<String>> rows = new ArrayList<>();
        for (ImportProblem problem : problems) {
            rows.add(List.of(Integer.toString(problem.line()), label(problem.fieldKey(), problem.field(), locale),
                    messages.getMessage(problem.messageKey(), null, problem.code(), locale),
                    problem.value() == null ? "" : problem.value(),
                    messages.getMessage(problem.warning() ? "directory.import.report.warning"
                            : "directory.import.report.error", null, locale)));
        }
        download(response, "text/csv;charset=UTF-8", "import-" + id + "-report.csv");
        TableWriter.csv(List.of(msg("directory.import.report.line", locale), msg("directory.import.report.column",
                locale), msg("directory.import.report.reason", locale), msg("directory.import.report.value", locale),
                msg("directory.import.report.kind", locale)), rows, response.getOutputStream());
    }

    @GetMapping("/template.xlsx")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    void templateXlsx(HttpServletResponse response) throws IOException {
        download(response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "angebote-vorlage.xlsx");
        TableWriter.xlsx("Angebote", OfferTable.headers(), List.of(ImportTemplate.example()),
                response.getOutputStream());
    }

    @GetMapping("/template.csv")
    @PreAuthorize(DirectoryPermissions.EDIT_OFFERS)
    void templateCsv(HttpServletResponse response) throws IOException {
        download(response, "text/csv;charset=UTF-8", "angebote-vorlage.csv");
        TableWriter.csv(OfferTable.headers(), List.of(ImportTemplate.example()), response.getOutputStream());
    }

    static void download(HttpServletResponse response, String contentType, String fileName) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private String label(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static boolean mappable(ImportStatus status) {
        return status == ImportStatus.UPLOADED || status == ImportStatus.MAPPED || status == ImportStatus.INVALID
                || status == ImportStatus.VALIDATED;
    }

    /**
     * Loads the job (scope-checked) with what its page and fragments show besides it: the columns and the statuses an
     * import may set.
     */
    private ImportJob jobModel(Model model, UUID id, CurrentUser user) {
        ImportJob job = imports.get(id, user);
        model.addAttribute("job", job);
        model.addAttribute("columns", OfferColumn.values());
        model.addAttribute("targetStatuses", List.of(OfferStatus.DRAFT, OfferStatus.IN_REVIEW));
        return job;
    }
}
