package de.integrationsnetz.directory.web;

import de.integrationsnetz.directory.translation.TranslatedField;
import de.integrationsnetz.directory.workbench.ProposedText;
import de.integrationsnetz.directory.workbench.TextSheet;
import de.integrationsnetz.directory.workbench.TranslationInput;
import de.integrationsnetz.directory.workbench.TranslationSheet;
import java.util.ArrayList;
import java.util.List;

/**
 * The editor of one offer's translations into one language, as posted: the offer's version and one entry per field
 * ({@code fields[i].field|text|machine|stillFits}).
 */
public class TranslationForm {

    private long version;
    private List<Entry> fields = new ArrayList<>();

    static TranslationForm of(TranslationSheet sheet) {
        TranslationForm form = new TranslationForm();
        form.version = sheet.version();
        for (TranslationSheet.Field field : sheet.fields()) {
            Entry entry = new Entry();
            entry.setField(field.field().name());
            var proposed = sheet.proposal() != null && sheet.proposal().pending()
                    ? sheet.proposal().field(field.field()) : java.util.Optional.<ProposedText>empty();
            entry.setText(proposed.map(ProposedText::text).orElse(field.text() == null ? "" : field.text()));
            entry.setMachine(proposed.map(ProposedText::machine).orElse(field.machine()));
            form.fields.add(entry);
        }
        return form;
    }

    static TranslationForm of(TextSheet sheet) {
        TranslationForm form = new TranslationForm();
        form.version = sheet.version();
        for (TranslationSheet.Field field : sheet.fields()) {
            Entry entry = new Entry();
            entry.setField(field.field().name());
            entry.setText(field.text() == null ? "" : field.text());
            entry.setMachine(field.machine());
            form.fields.add(entry);
        }
        return form;
    }

    List<TranslationInput> inputs() {
        List<TranslationInput> inputs = new ArrayList<>();
        for (Entry entry : fields) {
            field(entry).ifPresent(field -> inputs.add(
                    new TranslationInput(field, entry.getText(), entry.isMachine(), entry.isStillFits())));
        }
        return inputs;
    }

    /** The entry for a field, or an empty one (a field the form did not send). */
    public Entry entry(String field) {
        return fields.stream().filter(entry -> field.equals(entry.getField())).findFirst().orElseGet(Entry::new);
    }

    /** The index of the field's entry in {@code fields}, for binding paths; -1 when absent. */
    public int indexOf(String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (field.equals(fields.get(i).getField())) {
                return i;
            }
        }
        return -1;
    }

    static java.util.Optional<TranslatedField> field(Entry entry) {
        try {
            return entry.getField() == null ? java.util.Optional.empty()
                    : java.util.Optional.of(TranslatedField.valueOf(entry.getField()));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Entry> getFields() {
        return fields;
    }

    public void setFields(List<Entry> fields) {
        this.fields = fields;
    }

    /** One field of the editor. */
    public static class Entry {

        private String field;
        private String text = "";
        private boolean machine;
        private boolean stillFits;

        public String getField() {
            return field;
        }

        public void setField(String field) {
            this.field = field;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text == null ? "" : text;
        }

        public boolean isMachine() {
            return machine;
        }

        public void setMachine(boolean machine) {
            this.machine = machine;
        }

        public boolean isStillFits() {
            return stillFits;
        }

        public void setStillFits(boolean stillFits) {
            this.stillFits = stillFits;
        }
    }
}
