package de.integrationsnetz.audit;

import java.util.List;

/**
 * Read access to the earlier values of one property of one audited entity, for a module that needs to show what a
 * text said before (the translation workbench compares the German text a translation was made from with the current
 * one). The trail stays append-only; redacted properties have no history here.
 */
public interface AuditHistory {

    /**
     * Every value the property has had according to the trail (created with, changed from and changed to), the most
     * recent first, each once; empty when the trail knows none.
     *
     * @param entityType the audited entity's class
     * @param id the entity's id (its {@code toString()} is what the trail keeps)
     * @param property the entity's field name
     */
    List<String> pastValues(Class<?> entityType, Object id, String property);
}
