package com.computeledger.domain.deal;

import com.computeledger.domain.shared.Require;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;

/** Where a fact about a deal comes from: a title, an http(s) address and a publication date. */
public record Source(String title, URI address, LocalDate publishedOn) {

    public static final int MAX_TITLE_LENGTH = 300;
    public static final int MAX_ADDRESS_LENGTH = 2000;

    public Source {
        title = Require.text(title, "title", MAX_TITLE_LENGTH);
        Require.present(address, "address");
        Require.that(address.isAbsolute() && address.getScheme() != null
                        && ("http".equals(address.getScheme().toLowerCase(Locale.ROOT))
                        || "https".equals(address.getScheme().toLowerCase(Locale.ROOT)))
                        && address.getHost() != null,
                "address", "must be an absolute http or https address");
        Require.that(address.toString().length() <= MAX_ADDRESS_LENGTH, "address",
                "must be at most " + MAX_ADDRESS_LENGTH + " characters");
        Require.present(publishedOn, "publishedOn");
    }

    @Override
    public String toString() {
        return title + " <" + address + "> " + publishedOn;
    }
}
