package vn.plandesk.logic.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.plandesk.logic.i18n.Messages;
import vn.plandesk.logic.text.VietnameseText;
import vn.plandesk.model.DocumentNumber;
import vn.plandesk.model.DocumentType;
import vn.plandesk.model.PlanStatus;
import vn.plandesk.model.PlanSummary;

/**
 * The number and symbol rules of Decree 30/2020/NĐ-CP (shared/reference/vn-document-format.md):
 * NN/TYPE-ISSUER, the type's own abbreviation, numbers from 01, and one number and symbol per
 * issuer and year.
 */
public final class NumberSymbolRules {

    private NumberSymbolRules() {
    }

    /**
     * Assembles "25/KH-KHCN" from its parts; a draft without a number leaves room for it ("/KH-KHCN").
     * Returns null when neither a number nor an issuer code is given.
     */
    public static String assemble(Integer number, Integer year, DocumentType type, String issuerCode) {
        String code = issuerCode == null ? "" : issuerCode.strip();
        if (number == null && code.isEmpty()) {
            return null;
        }
        String abbreviation = type == null ? "" : type.abbreviation();
        if (abbreviation.isEmpty()) {
            // An official letter has no type: NN/ISSUER-UNIT, the code carries both parts.
            return (number == null ? "" : String.format("%02d", number)) + "/" + (year == null ? "" : year + "/") + code;
        }
        return new DocumentNumber(number, year, abbreviation, code).format().strip();
    }

    /** What is wrong with the number and symbol of a plan of this type and status; empty when nothing. */
    public static List<String> check(String numberAndSymbol, DocumentType type, PlanStatus status, Integer issueYear) {
        List<String> problems = new ArrayList<>();
        if (numberAndSymbol == null || numberAndSymbol.isBlank()) {
            if (status == PlanStatus.ISSUED) {
                problems.add(Messages.get("validation.number.missing"));
            }
            return problems;
        }
        if (type == DocumentType.CONG_VAN) {
            return problems;
        }
        Optional<DocumentNumber> parsed = DocumentNumber.parse(numberAndSymbol);
        if (parsed.isEmpty()) {
            problems.add(Messages.get("validation.number.shape", numberAndSymbol, type.abbreviation()));
            return problems;
        }
        DocumentNumber n = parsed.get();
        if (!n.typeAbbreviation().equals(type.abbreviation())) {
            problems.add(Messages.get("validation.number.type", n.typeAbbreviation(), type.title(), type.abbreviation()));
        }
        if (n.number() != null && n.number() < 1) {
            problems.add(Messages.get("validation.number.zero"));
        }
        if (n.number() == null && status == PlanStatus.ISSUED) {
            problems.add(Messages.get("validation.number.missing"));
        }
        if (n.year() != null && issueYear != null && !n.year().equals(issueYear)) {
            problems.add(Messages.get("validation.number.year", n.year(), issueYear));
        }
        return problems;
    }

    /**
     * The other stored plan with the same number and symbol, issuer and issue year, if any. Numbers
     * compare by their parts, so "5/KH-UBND" and "05/KH-UBND" are the same; a draft's blank number
     * never clashes.
     */
    public static Optional<PlanSummary> duplicate(Long planId, String numberAndSymbol, String issuer, Integer year,
                                                  List<PlanSummary> stored) {
        String key = numberKey(numberAndSymbol);
        if (key == null || year == null) {
            return Optional.empty();
        }
        String issuerKey = VietnameseText.searchKey(issuer);
        return stored.stream()
                .filter(other -> planId == null || other.id() != planId)
                .filter(other -> other.issuedOn() != null && other.issuedOn().getYear() == year)
                .filter(other -> VietnameseText.searchKey(other.issuer()).equals(issuerKey))
                .filter(other -> key.equals(numberKey(other.numberAndSymbol())))
                .findFirst();
    }

    /** The number and symbol reduced to what makes it the same: no number means no key. */
    static String numberKey(String numberAndSymbol) {
        if (numberAndSymbol == null || numberAndSymbol.isBlank()) {
            return null;
        }
        Optional<DocumentNumber> parsed = DocumentNumber.parse(numberAndSymbol);
        if (parsed.isPresent()) {
            DocumentNumber n = parsed.get();
            return n.number() == null ? null
                    : n.number() + "/" + n.year() + "/" + VietnameseText.searchKey(n.typeAbbreviation() + "-" + n.issuerCode());
        }
        String bare = VietnameseText.searchKey(numberAndSymbol).replace(" ", "");
        return bare.matches("^\\d.*") ? bare : null;
    }
}
