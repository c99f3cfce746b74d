package dev.curveball.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.curveball.protocol.Codec;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code catalog/rubric.json} and the prompt files listed in {@code catalog/prompts/index.json}, validates them
 * and either returns the {@link Catalog} or throws a {@link CatalogException} listing every problem. The files live
 * inside the jar at runtime, where a directory cannot be listed: hence the index.
 */
public final class CatalogLoader {
    /** Where the catalog sits on the classpath. */
    public static final String ROOT = "catalog/";
    static final String PROMPTS = "prompts/";
    static final String INDEX = PROMPTS + "index.json";
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.json");
    private static final ObjectMapper MAPPER = strictMapper();

    private CatalogLoader() {
    }

    /** Where the loader reads a file from, by its path under {@code catalog/}; empty when there is no such file. */
    @FunctionalInterface
    public interface Source {
        Optional<byte[]> read(String path) throws IOException;
    }

    /** The catalog shipped with the server. */
    public static Catalog fromClasspath() {
        return fromClasspath(CatalogLoader.class.getClassLoader());
    }

    public static Catalog fromClasspath(ClassLoader classLoader) {
        return load(path -> {
            try (InputStream in = classLoader.getResourceAsStream(ROOT + path)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        });
    }

    public static Catalog load(Source source) {
        Problems problems = new Problems();
        Rubric rubric = read(source, CatalogValidator.RUBRIC_FILE, new TypeReference<Rubric>() { }, problems);
        Map<String, Prompt> prompts = new LinkedHashMap<>();
        for (String name : index(source, problems)) {
            Prompt prompt = read(source, PROMPTS + name, new TypeReference<Prompt>() { }, problems);
            if (prompt != null) {
                prompts.put(PROMPTS + name, prompt);
            }
        }
        CatalogValidator.check(prompts, rubric, problems);
        if (!problems.isEmpty()) {
            throw new CatalogException(problems.lines());
        }
        return new Catalog(prompts.values(), rubric);
    }

    /** The prompt file names the index lists, keeping only the well-formed and first occurrences. */
    private static List<String> index(Source source, Problems problems) {
        List<String> names = read(source, INDEX, new TypeReference<List<String>>() { }, problems);
        if (names == null) {
            return List.of();
        }
        if (names.isEmpty()) {
            problems.add(INDEX, "lists no prompt files");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String field = Problems.at("", i);
            if (name == null || !FILE_NAME.matcher(name).matches() || name.equals("index.json")) {
                problems.add(INDEX, field, (name == null ? "null" : "\"" + name + "\"")
                    + " is not a prompt file name like card-fraud-detection.json");
            } else if (!seen.add(name)) {
                problems.add(INDEX, field, "\"" + name + "\" is listed twice");
            }
        }
        return List.copyOf(seen);
    }

    private static <T> T read(Source source, String path, TypeReference<T> type, Problems problems) {
        try {
            Optional<byte[]> bytes = source.read(path);
            if (bytes.isEmpty()) {
                problems.add(path, "not found (is it on the classpath under " + ROOT + "?)");
                return null;
            }
            T value = MAPPER.readValue(bytes.get(), type);
            if (value == null) {
                problems.add(path, "holds null instead of a JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            problems.add(path, describe(e));
        } catch (IOException e) {
            problems.add(path, "cannot be read: " + e.getMessage());
        }
        return null;
    }

    private static String describe(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            return "not valid JSON" + where + ": " + e.getOriginalMessage();
        }
        String field = mapping.getPath().stream()
            .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining())
            .replaceFirst("^\\.", "");
        if (e instanceof UnrecognizedPropertyException unknown) {
            return field + ": unknown field; the known fields are " + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                .map(constant -> MAPPER.valueToTree(constant).asText())
                .collect(Collectors.joining(", "));
            return field + ": \"" + format.getValue() + "\" is not one of " + allowed;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return field + ": expected " + kind(mismatch.getTargetType());
        }
        return field + ": " + e.getOriginalMessage();
    }

    private static String kind(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class) {
            return "a whole number";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of the listed names";
        }
        return "an object";
    }

    /**
     * The project's mapper made strict, because a catalog file is written by hand: a misspelt field, a repeated key,
     * a number where text belongs or 1.5 where a whole number belongs is a mistake to report, not to guess around.
     */
    private static ObjectMapper strictMapper() {
        ObjectMapper mapper = Codec.newMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
            CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return mapper;
    }
}
