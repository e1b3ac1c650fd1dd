package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.access.DirectoryAccess;
import de.integrationsnetz.directory.access.DirectoryPermissions;
import de.integrationsnetz.directory.hsds.HsdsExport;
import de.integrationsnetz.identity.CurrentUser;
import de.integrationsnetz.shared.DistrictKey;
import java.io.ByteArrayOutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HSDS export of the user's district for coordinators and county admins (docs/directory.md §3.4): every
 * organisation and offer whatever its status, as a JSON bundle ({@code hsds.json}) or as a tabular data package
 * ({@code hsds.zip}). Other roles get 403; there is no way to ask for another district.
 */
@Controller
@RequestMapping("/app/directory/exports")
@PreAuthorize(DirectoryPermissions.MANAGE_ORGANISATIONS)
class HsdsExportController {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final HsdsExport export;
    private final DirectoryAccess access;

    HsdsExportController(HsdsExport export, DirectoryAccess access) {
        this.export = export;
        this.access = access;
    }

    @GetMapping("/hsds.json")
    ResponseEntity<byte[]> json(@AuthenticationPrincipal CurrentUser user) {
        DistrictKey district = access.managedDistrict(user);
        byte[] body = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(export.bundle(district));
        return file(body, MediaType.APPLICATION_JSON, "hsds-" + district.value() + ".json");
    }

    @GetMapping("/hsds.zip")
    ResponseEntity<byte[]> zip(@AuthenticationPrincipal CurrentUser user) {
        DistrictKey district = access.managedDistrict(user);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.tabular(district, out);
        return file(out.toByteArray(), ZIP, "hsds-" + district.value() + ".zip");
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(body);
    }
}
