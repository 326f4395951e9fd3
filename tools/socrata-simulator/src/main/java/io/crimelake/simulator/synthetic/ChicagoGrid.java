package io.crimelake.simulator.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays the 77 community areas out as a 7 x 11 grid over Chicago's bounding box, numbered north to south as the
 * real areas roughly are, and assigns the 22 police districts to bands of cells.
 *
 * <p>The cells are not the real boundaries; what matters is that every synthetic coordinate lies inside Chicago
 * and inside the polygon served for its own community area.
 */
public final class ChicagoGrid {

    public static final double SOUTH = 41.64;
    public static final double NORTH = 42.02;
    public static final double WEST = -87.94;
    public static final double EAST = -87.52;
    public static final List<Integer> DISTRICTS =
            List.of(16, 24, 17, 20, 25, 19, 15, 14, 11, 18, 12, 1, 10, 2, 9, 3, 8, 7, 6, 4, 22, 5);

    private static final int COLUMNS = 7;
    private static final int ROWS = 11;

    private ChicagoGrid() {}

    public static List<CommunityArea> communityAreas() {
        List<String[]> lines = TsvResource.read("community-areas.tsv");
        double cellHeight = (NORTH - SOUTH) / ROWS;
        double cellWidth = (EAST - WEST) / COLUMNS;
        List<CommunityArea> areas = new ArrayList<>(lines.size());
        for (String[] fields : lines) {
            int number = Integer.parseInt(fields[0]);
            int row = (number - 1) / COLUMNS;
            int column = (number - 1) % COLUMNS;
            double north = NORTH - row * cellHeight;
            double west = WEST + column * cellWidth;
            int district = DISTRICTS.get(row * 2 + (column < 4 ? 0 : 1));
            areas.add(new CommunityArea(
                    number,
                    fields[1],
                    Double.parseDouble(fields[2]),
                    north - cellHeight,
                    west,
                    north,
                    west + cellWidth,
                    district));
        }
        return List.copyOf(areas);
    }
}
