package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import com.computeledger.domain.shared.Violations;
import java.net.URI;
import java.time.LocalDate;

/** Where a fact about a deal comes from: a title, an http(s) address and a publication date. */
public record Source(String title, URI address, LocalDate publishedOn) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_ADDRESS_LENGTH = 2000;

    public Source {
        title = Require.present(title, "title").strip();
        Require.present(address, "address");
        Require.present(publishedOn, "publishedOn");
    }

    /** Records the write rules this source breaks, its fields named under {@code path} ({@code sources[0]}). */
    public void checkRules(String path, Violations violations) {
        violations.text(title, path + ".title", MAX_TITLE_LENGTH);
        violations.check(("http".equalsIgnoreCase(address.getScheme()) || "https".equalsIgnoreCase(address.getScheme()))
                && address.getHost() != null, path + ".address", "must be an absolute http or https address");
        violations.check(address.toString().length() <= MAX_ADDRESS_LENGTH, path + ".address",
                "must be at most " + MAX_ADDRESS_LENGTH + " characters");
        violations.date(publishedOn, path + ".publishedOn");
    }

    @Override
    public String toString() {
        return title + " <" + address + "> " + publishedOn;
    }
}
