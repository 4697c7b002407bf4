package org.planstudio.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The bundled country outlines: Natural Earth 1:110m admin-0 countries (public domain), converted
 * once by releng/scripts/world-map-from-world-atlas.py (see docs/map.md). Small countries are
 * not in a set of this scale (Singapore, Hong Kong, Malta …): callers must report them.
 */
public final class WorldOutlines {

    private static final String RESOURCE = "internal/countries-110m.txt";
    private static WorldOutlines bundled;

    private final Map<String, CountryOutline> byCode;
    private final List<CountryOutline> order;

    public WorldOutlines(List<CountryOutline> outlines) {
        Map<String, CountryOutline> map = new LinkedHashMap<>();
        for (CountryOutline outline : outlines) {
            map.put(outline.code().toUpperCase(Locale.ROOT), outline);
        }
        byCode = Map.copyOf(map);
        order = List.copyOf(outlines);
    }

    public static synchronized WorldOutlines bundled() {
        if (bundled == null) {
            try (InputStream in = WorldOutlines.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the map's outline resource " + RESOURCE + " is missing");
                }
                bundled = new WorldOutlines(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the map's outline resource " + RESOURCE, e);
            }
        }
        return bundled;
    }

    /** Lines {@code CODE<TAB>name<TAB>polygons}: polygons split by '|', rings by ';', points "lon,lat" by ' '. */
    static List<CountryOutline> parse(BufferedReader reader) throws IOException {
        List<CountryOutline> outlines = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            if (parts.length != 3) {
                throw new IOException("bad outline line: " + line.substring(0, Math.min(40, line.length())));
            }
            List<double[]> rings = new ArrayList<>();
            for (String polygon : parts[2].split("\\|")) {
                for (String ring : polygon.split(";")) {
                    String[] points = ring.trim().split(" ");
                    double[] coordinates = new double[points.length * 2];
                    for (int i = 0; i < points.length; i++) {
                        int comma = points[i].indexOf(',');
                        coordinates[2 * i] = Double.parseDouble(points[i].substring(0, comma));
                        coordinates[2 * i + 1] = Double.parseDouble(points[i].substring(comma + 1));
                    }
                    rings.add(coordinates);
                }
            }
            outlines.add(new CountryOutline(parts[0], parts[1], rings));
        }
        return outlines;
    }

    public List<CountryOutline> all() {
        return order;
    }

    public Optional<CountryOutline> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(byCode.get(code.trim().toUpperCase(Locale.ROOT)));
    }
}
