package org.planstudio.domain;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

import org.planstudio.model.plan.RegistryKind;

/**
 * The texts of a domain plug-in, read from a pair of properties files beside a class:
 * {@code <base>.properties} (English) and {@code <base>_zh.properties} (Chinese, \\uXXXX escapes).
 * Every contribution needs both languages, so a key missing from either file fails loudly here
 * instead of showing an empty label later. The factory methods build contributions whose texts
 * follow the key conventions described in docs/domain-plugins.md.
 */
public final class DomainTexts {

    private final String name;
    private final Properties english;
    private final Properties chinese;

    private DomainTexts(String name, Properties english, Properties chinese) {
        this.name = name;
        this.english = english;
        this.chinese = chinese;
    }

    /** Loads {@code base.properties} and {@code base_zh.properties} from the package of {@code anchor}. */
    public static DomainTexts load(Class<?> anchor, String base) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(base, "base");
        String name = anchor.getPackageName().replace('.', '/') + "/" + base;
        return new DomainTexts(name, read(anchor, base + ".properties"), read(anchor, base + "_zh.properties"));
    }

    private static Properties read(Class<?> anchor, String file) {
        Properties properties = new Properties();
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing texts file " + file + " beside " + anchor.getName());
            }
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read texts file " + file + " beside " + anchor.getName(), e);
        }
        return properties;
    }

    public boolean has(String key) {
        return english.containsKey(key) && chinese.containsKey(key);
    }

    public Bilingual get(String key) {
        Objects.requireNonNull(key, "key");
        String en = english.getProperty(key);
        String zh = chinese.getProperty(key);
        if (en == null || zh == null) {
            throw new IllegalArgumentException("text '" + key + "' is missing from " + name
                    + (en == null ? ".properties" : "_zh.properties"));
        }
        return new Bilingual(zh.strip(), en.strip());
    }

    /** The text with {0}, {1} … filled in, in both languages. */
    public Bilingual format(String key, Object... arguments) {
        Bilingual pattern = get(key);
        return new Bilingual(new MessageFormat(pattern.zh(), Locale.CHINESE).format(arguments),
                new MessageFormat(pattern.en(), Locale.ENGLISH).format(arguments));
    }

    /** {@code key.1}, {@code key.2} … up to the first missing number. */
    public List<Bilingual> list(String key) {
        List<Bilingual> items = new ArrayList<>();
        for (int i = 1; has(key + "." + i); i++) {
            items.add(get(key + "." + i));
        }
        return List.copyOf(items);
    }

    /** An attribute labelled {@code attribute.<key>}; each choice labelled {@code attribute.<key>.<choice>}. */
    public AttributeDefinition attribute(String key, AttributeType type, boolean required, String... choices) {
        List<Choice> list = new ArrayList<>();
        for (String choice : choices) {
            list.add(new Choice(choice, get("attribute." + key + "." + choice)));
        }
        return new AttributeDefinition(key, get("attribute." + key), type, required, list);
    }

    /**
     * A template: {@code template.<id>.title}, its measures {@code template.<id>.measure.1 …} and
     * typical lead units {@code template.<id>.lead.1 …}.
     */
    public TaskTemplate template(String id, Map<String, String> presets) {
        String prefix = "template." + id;
        return new TaskTemplate(id, get(prefix + ".title"), list(prefix + ".measure"), list(prefix + ".lead"), presets);
    }

    /**
     * A catalogue entry: {@code indicator.<code>.name}, {@code .unit} and {@code .rule} (how it
     * is counted), counting items of the given registry and types.
     */
    public CatalogueIndicator indicator(String code, RegistryKind registry, String... itemTypes) {
        String prefix = "indicator." + code;
        return new CatalogueIndicator(code, get(prefix + ".name"), get(prefix + ".unit"), registry, List.of(itemTypes),
                get(prefix + ".rule"));
    }
}
