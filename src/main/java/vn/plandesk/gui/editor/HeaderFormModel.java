package vn.plandesk.gui.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.validation.NumberSymbolRules;
import vn.plandesk.model.Authority;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.PlanHeader;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.Recipient;
import vn.plandesk.model.Signer;
import vn.plandesk.model.Text;
import vn.plandesk.model.TextSection;

/**
 * The header form of the open plan: one property per field, the number and symbol assembled from
 * its parts, recipients and legal bases as lines of text. {@link #toHeader()} gives the header the
 * fields describe; the editor stores it when a field is left.
 */
public final class HeaderFormModel {
    public final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(this, "type", DocumentType.KE_HOACH);
    /** The number as typed: digits, or blank in a draft. */
    public final StringProperty number = new SimpleStringProperty(this, "number", "");
    /** The issuer's code after the dash: "UBND", "KHCN", "SKHĐT". */
    public final StringProperty issuerCode = new SimpleStringProperty(this, "issuerCode", "");
    public final StringProperty governingBody = new SimpleStringProperty(this, "governingBody", "");
    public final StringProperty issuer = new SimpleStringProperty(this, "issuer", "");
    public final StringProperty place = new SimpleStringProperty(this, "place", "");
    public final ObjectProperty<LocalDate> issuedOn = new SimpleObjectProperty<>(this, "issuedOn");
    public final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    public final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>(this, "status", PlanStatus.DRAFT);
    /** Null when the head signs in person (no KT./TM. ...). */
    public final ObjectProperty<Authority> authority = new SimpleObjectProperty<>(this, "authority");
    public final StringProperty signerPosition = new SimpleStringProperty(this, "signerPosition", "");
    public final StringProperty signerName = new SimpleStringProperty(this, "signerName", "");
    /** "Nơi nhận", one recipient a line; the "Lưu: VT, ..." line included. */
    public final StringProperty recipients = new SimpleStringProperty(this, "recipients", "");
    /** "Căn cứ ...", one legal basis a line. */
    public final StringProperty legalBases = new SimpleStringProperty(this, "legalBases", "");
    /** The free text sections (Mục đích, Yêu cầu, Kinh phí ...). */
    public final ObservableList<TextSection> sections = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper numberAndSymbol = new ReadOnlyStringWrapper(this, "numberAndSymbol", "");
    private final ReadOnlyStringWrapper numberProblems = new ReadOnlyStringWrapper(this, "numberProblems", "");
    /** The number's year for documents that carry one ("80/2021/NĐ-CP"); kept as loaded. */
    private Integer numberYear;
    /** A stored number that is not in the NN/TYPE-ISSUER shape (a Party document's "255-KH/TU"), kept until replaced. */
    private String unparsedNumber;
    private PlanHeader loaded;
    private List<String> otherProblems = List.of();
    /** True while {@link #load} fills the fields: a half-filled form is not a change. */
    private boolean loading;

    public HeaderFormModel() {
        for (Observable part : new Observable[] {type, number, issuerCode, status, issuedOn}) {
            part.addListener(o -> updateNumber());
        }
    }

    /** Fills the form from a stored header. */
    public void load(PlanHeader header) {
        loading = true;
        try {
            fill(header);
        } finally {
            loading = false;
        }
        updateNumber();
    }

    private void fill(PlanHeader header) {
        loaded = header;
        type.set(header.type());
        Optional<DocumentNumber> parsed = DocumentNumber.parse(header.numberAndSymbol());
        numberYear = parsed.map(DocumentNumber::year).orElse(null);
        unparsedNumber = parsed.isEmpty() ? header.numberAndSymbol() : null;
        number.set(parsed.map(n -> n.number() == null ? "" : String.format("%02d", n.number())).orElse(""));
        issuerCode.set(parsed.map(DocumentNumber::issuerCode).orElse(""));
        governingBody.set(orEmpty(header.governingBody()));
        issuer.set(orEmpty(header.issuer()));
        place.set(orEmpty(header.place()));
        issuedOn.set(header.issuedOn());
        subject.set(orEmpty(header.subject()));
        status.set(header.status());
        Signer signer = header.signer();
        authority.set(signer == null ? null : signer.authority());
        signerPosition.set(signer == null ? "" : orEmpty(signer.position()));
        signerName.set(signer == null ? "" : orEmpty(signer.name()));
        recipients.set(String.join("\n", header.recipients().stream().map(Recipient::line).toList()));
        legalBases.set(String.join("\n", header.legalBases()));
        sections.setAll(header.sections());
    }

    /** The header as the form describes it; the subject stays as stored when the field was emptied. */
    public PlanHeader toHeader() {
        Signer signer = authority.get() == null && blank(signerPosition.get()) && blank(signerName.get())
                ? null : new Signer(authority.get(), signerPosition.get(), signerName.get());
        String subjectText = blank(subject.get()) ? loaded.subject() : subject.get();
        return new PlanHeader(type.get(), numberAndSymbol.get().isEmpty() ? null : numberAndSymbol.get(),
                Text.clean(governingBody.get()), Text.clean(issuer.get()), Text.clean(place.get()), issuedOn.get(), subjectText,
                lines(legalBases.get()), List.copyOf(sections), signer, lines(recipients.get()).stream().map(Recipient::parse).toList(),
                status.get(), loaded.source(), loaded.notes());
    }

    /** Whether the form differs from the header it was loaded with. */
    public boolean isChanged() {
        return loaded != null && !loading && !toHeader().equals(loaded);
    }

    /** The number and symbol as it will be written after "Số:". */
    public ReadOnlyStringProperty numberAndSymbolProperty() {
        return numberAndSymbol.getReadOnlyProperty();
    }

    /** What is wrong with the number (Decree 30, duplicates), one sentence a line; empty when nothing. */
    public ReadOnlyStringProperty numberProblemsProperty() {
        return numberProblems.getReadOnlyProperty();
    }

    /** Problems found beyond the form itself (a duplicate in the store), shown with the number's own. */
    void setOtherProblems(List<String> problems) {
        otherProblems = List.copyOf(problems);
        updateNumber();
    }

    /** The number typed, or empty when it is not a number (the problem line says so). */
    Optional<Integer> typedNumber() {
        String digits = number.get() == null ? "" : number.get().strip();
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void updateNumber() {
        Integer n = typedNumber().orElse(null);
        String assembled = NumberSymbolRules.assemble(n, numberYear, type.get(), issuerCode.get());
        if (assembled == null && unparsedNumber != null && blank(number.get()) && blank(issuerCode.get())) {
            assembled = unparsedNumber;
        }
        numberAndSymbol.set(assembled == null ? "" : assembled);
        List<String> problems = new ArrayList<>();
        String typed = number.get() == null ? "" : number.get().strip();
        if (!typed.isEmpty() && n == null) {
            problems.add(Messages.get("header.number.notANumber", typed));
        }
        problems.addAll(NumberSymbolRules.check(assembled, type.get(), status.get(),
                issuedOn.get() == null ? null : issuedOn.get().getYear()));
        problems.addAll(otherProblems);
        numberProblems.set(String.join("\n", problems));
    }

    /** The name of the edit that turns {@code before} into {@code after}: the one field changed, or the header. */
    static String editName(PlanHeader before, PlanHeader after) {
        List<String> changed = new ArrayList<>();
        check(changed, "type", before.type(), after.type());
        check(changed, "number", before.numberAndSymbol(), after.numberAndSymbol());
        check(changed, "governingBody", before.governingBody(), after.governingBody());
        check(changed, "issuer", before.issuer(), after.issuer());
        check(changed, "place", before.place(), after.place());
        check(changed, "issuedOn", before.issuedOn(), after.issuedOn());
        check(changed, "subject", before.subject(), after.subject());
        check(changed, "status", before.status(), after.status());
        check(changed, "signer", before.signer(), after.signer());
        check(changed, "recipients", before.recipients(), after.recipients());
        check(changed, "legalBases", before.legalBases(), after.legalBases());
        check(changed, "sections", before.sections(), after.sections());
        // a new type changes the number's symbol as well: name the type
        String field = changed.size() == 1 || changed.size() == 2 && changed.get(0).equals("type") ? changed.get(0) : "header";
        return Messages.get("edit.header." + field);
    }

    private static void check(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(Text::clean).filter(Objects::nonNull).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
