package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import java.time.LocalDate;

/** An option to grow the deal, such as "room to expand through 2027". */
public record ExpansionWindow(LocalDate through, String note) {

    public static final int MAX_NOTE_LENGTH = 500;

    public ExpansionWindow {
        Require.present(through, "through");
        note = Require.text(note, "note", MAX_NOTE_LENGTH);
    }

    @Override
    public String toString() {
        return "through " + through + " (" + note + ")";
    }
}
