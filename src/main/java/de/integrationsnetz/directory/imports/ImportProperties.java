package de.integrationsnetz.directory.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of imports (docs/directory.md Appendix B), prefix {@code app.directory.import}.
 *
 * @param maxFileSize the largest file accepted (the servlet's multipart limit must be at least as large)
 * @param threads how many validations and commits run at once on this node
 * @param retention how long an uploaded file is kept
 * @param maxRows the most data rows one file may have
 */
@ConfigurationProperties("app.directory.import")
public record ImportProperties(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("1") int threads,
        @DefaultValue("24h") Duration retention, @DefaultValue("50000") int maxRows) {}
