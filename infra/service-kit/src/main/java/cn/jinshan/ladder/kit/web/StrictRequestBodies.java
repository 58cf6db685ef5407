package cn.jinshan.ladder.kit.web;

import java.util.List;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes Spring MVC read JSON request bodies strictly: a property the request record does not declare, or {@code null}
 * for a primitive, is an error. Only the server-side converters change; the application's {@link JsonMapper} (event
 * decoding, HTTP clients) stays a tolerant reader.
 */
public final class StrictRequestBodies implements ServerHttpMessageConvertersCustomizer {

    @Override
    public void customize(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(StrictRequestBodies::makeStrict);
    }

    static void makeStrict(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                ? new JacksonJsonHttpMessageConverter(strict(((JacksonJsonHttpMessageConverter) converter).getMapper()))
                : converter);
    }

    /** The same mapper, failing on undeclared properties and on {@code null} for primitives. */
    public static JsonMapper strict(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }
}
