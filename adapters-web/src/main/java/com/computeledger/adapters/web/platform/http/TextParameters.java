package com.computeledger.adapters.web.platform.http;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Query, path and header parameters read as text are taken as they come, and an absent one as {@code null},
 * which Jersey reads as "use the default". Jersey's own converter for text answers an absent parameter with an
 * {@code IllegalArgumentException} that Jersey catches, on every request (the {@code If-None-Match} of every read
 * by id), and is found by trying {@code String.valueOf(String)} and {@code String.fromString(String)} by
 * reflection and catching their {@code NoSuchMethodException}s: once per method parameter, but on every request
 * for the fields of a {@code @BeanParam} that Jersey fills itself (those {@link QueryBeans} leaves to it).
 * Before {@code QueryBeans}, this was a seventh of the CPU of a page of deals (docs/adr/0029).
 */
@Provider
public final class TextParameters implements ParamConverterProvider {

    private static final ParamConverter<String> AS_GIVEN = new ParamConverter<>() {
        @Override
        public String fromString(String value) {
            return value;
        }

        @Override
        public String toString(String value) {
            return value;
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == String.class ? (ParamConverter<T>) AS_GIVEN : null;
    }
}
