package de.integrationsnetz.directory.workbench;

import de.integrationsnetz.directory.translation.TranslatedField;
import org.jspecify.annotations.Nullable;

/**
 * What the editor sends for one field.
 *
 * @param text the translation as typed; blank leaves a missing field missing (removing needs its own command)
 * @param machine whether it is a machine translation
 * @param stillFits for an outdated translation: the translator checked it against the current German text and it
 *     still fits, so it becomes current even if its text is unchanged
 */
public record TranslationInput(TranslatedField field, @Nullable String text, boolean machine, boolean stillFits) {}
