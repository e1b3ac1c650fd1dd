/** Infrastructure without domain: database start-up, security filter chain, layout, error pages, i18n, htmx. */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
@org.jspecify.annotations.NullMarked
package de.integrationsnetz.platform;
