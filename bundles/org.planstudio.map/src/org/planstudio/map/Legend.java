package org.planstudio.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Up to five classes of counts, each with its colour from light to dark (a sequential red
 * scale, so that more cooperation reads as stronger), plus the colour of countries without items.
 */
public record Legend(List<Band> bands) {

    public static final String NO_DATA = "#e4e4e4";
    public static final String BORDER = "#ffffff";
    private static final String[] COLOURS = { "#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15" };

    /** Counts from {@code low} to {@code high}, both included. */
    public record Band(long low, long high, String colour) {

        public boolean contains(long count) {
            return count >= low && count <= high;
        }

        public String range() {
            return low == high ? Long.toString(low) : low + "–" + high;
        }
    }

    public Legend {
        bands = List.copyOf(bands);
    }

    /** Bands of equal width from 1 to the highest count; one band per count when there are few. */
    public static Legend forMaximum(long maximum) {
        List<Band> bands = new ArrayList<>();
        if (maximum <= 0) {
            return new Legend(bands);
        }
        int count = (int) Math.min(COLOURS.length, maximum);
        long width = (maximum + count - 1) / count;
        long low = 1;
        for (int i = 0; i < count && low <= maximum; i++) {
            long high = Math.min(maximum, low + width - 1);
            // spread the colours over the whole scale when there are fewer bands than colours
            int colour = count == 1 ? COLOURS.length - 1 : Math.round((float) i * (COLOURS.length - 1) / (count - 1));
            bands.add(new Band(low, high, COLOURS[colour]));
            low = high + 1;
        }
        return new Legend(bands);
    }

    public String colour(long count) {
        return bands.stream().filter(b -> b.contains(count)).map(Band::colour).findFirst().orElse(NO_DATA);
    }
}
