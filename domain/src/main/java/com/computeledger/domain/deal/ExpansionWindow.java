package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.time.LocalDate;

/** An option to grow the deal, such as "room to expand through 2027". */
public record ExpansionWindow(LocalDate through, String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public ExpansionWindow {
        Require.present(through, "through");
        note = Require.present(note, "note").strip();
    }

    /** Records the write rules this window breaks: a date in the ledger's calendar, a readable note. */
    void checkRules(Violations violations) {
        violations.date(through, "expansion.through");
        violations.text(note, "expansion.note", MAX_NOTE_LENGTH);
    }

    @Override
    public String toString() {
        return "through " + through + " (" + note + ")";
    }
}
