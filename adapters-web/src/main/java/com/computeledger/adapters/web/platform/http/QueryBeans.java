package com.computeledger.adapters.web.platform.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Encoded;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ContainerRequest;
import org.glassfish.jersey.server.model.Parameter;
import org.glassfish.jersey.server.spi.internal.ValueParamProvider;

/**
 * Fills the {@code @BeanParam} beans of the listings and analyses, finding their fields once per bean type.
 * Jersey's own provider builds each bean through HK2 and resolves every field's value provider again on every
 * request, a seventh of the CPU of a page of deals (docs/adr/0029). A bean is filled here when all its JAX-RS
 * fields are text query parameters — a {@code String}, or a {@code List<String>} for a repeatable one, with an
 * optional {@code @DefaultValue} — or nested beans of the same kind, in the class or its superclasses; any other
 * bean is left to Jersey. The beans and their annotations, and so the OpenAPI document, stay as they are.
 */
public final class QueryBeans implements ValueParamProvider {

    /** Registers the provider with Jersey (one instance), ahead of its own for bean parameters. */
    public static final class Binder extends AbstractBinder {
        @Override
        protected void configure() {
            bind(new QueryBeans()).to(ValueParamProvider.class);
        }
    }

    @Override
    public Function<ContainerRequest, ?> getValueProvider(Parameter parameter) {
        if (parameter.getSource() != Parameter.Source.BEAN_PARAM) {
            return null;
        }
        return BeanFiller.of(parameter.getRawType())
                .<Function<ContainerRequest, ?>>map(filler -> request -> filler.fill(
                        request.getUriInfo().getQueryParameters()))
                .orElse(null);
    }

    @Override
    public PriorityType getPriority() {
        return Priority.HIGH;
    }

    /** How one bean type is made and filled: its constructor, then each field from the query. */
    private record BeanFiller(Constructor<?> constructor, List<FieldFiller> fields) {

        /** The filler of {@code type}; empty when Jersey must fill it (a field this class cannot fill). */
        static Optional<BeanFiller> of(Class<?> type) {
            try {
                return Optional.of(fillerOf(type));
            } catch (NotFillable jerseysJob) {
                return Optional.empty();
            }
        }

        private static BeanFiller fillerOf(Class<?> type) throws NotFillable {
            if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
                throw new NotFillable();
            }
            List<FieldFiller> fields = new ArrayList<>();
            for (Class<?> level = type; level != Object.class; level = level.getSuperclass()) {
                for (Field field : level.getDeclaredFields()) {
                    FieldFiller.of(field).ifPresent(fields::add);
                }
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor();
                constructor.setAccessible(true);
                return new BeanFiller(constructor, List.copyOf(fields));
            } catch (NoSuchMethodException noDefaultConstructor) {
                throw new NotFillable();
            }
        }

        Object fill(MultivaluedMap<String, String> query) {
            try {
                Object bean = constructor.newInstance();
                for (FieldFiller field : fields) {
                    field.target().set(bean, field.value().apply(query));
                }
                return bean;
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException failure) {
                throw new IllegalStateException("cannot fill " + constructor.getDeclaringClass(), failure);
            }
        }
    }

    /** One field of a bean and where its value comes from. */
    private record FieldFiller(Field target, Function<MultivaluedMap<String, String>, Object> value) {

        /** Annotations of fields that JAX-RS fills from elsewhere than the query: Jersey's job. */
        private static final List<Class<? extends Annotation>> ELSEWHERE = List.of(PathParam.class,
                HeaderParam.class, CookieParam.class, FormParam.class, MatrixParam.class, Context.class,
                Encoded.class, Inject.class);

        /** The filler of {@code field}; empty for a field JAX-RS does not fill (a constant, a plain field). */
        static Optional<FieldFiller> of(Field field) throws NotFillable {
            if (Modifier.isStatic(field.getModifiers())) {
                return Optional.empty();
            }
            if (ELSEWHERE.stream().anyMatch(field::isAnnotationPresent)) {
                throw new NotFillable();
            }
            if (field.isAnnotationPresent(BeanParam.class)) {
                BeanFiller nested = BeanFiller.fillerOf(field.getType());
                return Optional.of(filler(field, nested::fill));
            }
            QueryParam query = field.getAnnotation(QueryParam.class);
            if (query == null) {
                return Optional.empty();
            }
            String name = query.value();
            Optional<String> fallback = Optional.ofNullable(field.getAnnotation(DefaultValue.class))
                    .map(DefaultValue::value);
            if (field.getType() == String.class) {
                return Optional.of(filler(field, values -> first(values.get(name)).or(() -> fallback).orElse(null)));
            }
            if (field.getType() == List.class && field.getGenericType() instanceof ParameterizedType list
                    && list.getActualTypeArguments()[0] == String.class) {
                return Optional.of(filler(field, values -> all(values.get(name)).orElseGet(() -> new ArrayList<>(
                        fallback.map(List::of).orElse(List.of())))));
            }
            throw new NotFillable();
        }

        private static FieldFiller filler(Field field, Function<MultivaluedMap<String, String>, Object> value) {
            field.setAccessible(true);
            return new FieldFiller(field, value);
        }

        private static Optional<String> first(List<String> values) {
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        private static Optional<List<String>> all(List<String> values) {
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(new ArrayList<>(values));
        }
    }

    /** A bean or field that only Jersey's own provider fills as JAX-RS says. */
    private static final class NotFillable extends Exception {
        NotFillable() {
            super(null, null, false, false);
        }
    }
}
