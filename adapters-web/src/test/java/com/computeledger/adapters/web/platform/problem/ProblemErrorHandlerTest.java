package com.computeledger.adapters.web.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.computeledger.adapters.web.WebTestSupport;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.junit.jupiter.api.Test;

/** Jetty's parser-level errors become problem bodies (the end-to-end suite sends such requests over a socket). */
class ProblemErrorHandlerTest {

    @Test
    void aBadMessageIsAProblemBodyOfItsStatus() throws Exception {
        HttpFields.Mutable headers = HttpFields.build();

        ByteBuffer body = new ProblemErrorHandler(WebTestSupport.MAPPER).badMessageError(431, "Request Header Fields Too Large", headers);

        Problem problem = WebTestSupport.MAPPER.readValue(StandardCharsets.UTF_8.decode(body).toString(),
                Problem.class);
        assertThat(headers.get(HttpHeader.CONTENT_TYPE)).isEqualTo(Problem.MEDIA_TYPE);
        assertThat(problem.type()).isEqualTo(ProblemType.REQUEST_HEADERS_TOO_LARGE.uri());
        assertThat(problem.status()).isEqualTo(431);
        assertThat(problem.detail()).isEqualTo(ProblemType.REQUEST_HEADERS_TOO_LARGE.title());
    }
}
