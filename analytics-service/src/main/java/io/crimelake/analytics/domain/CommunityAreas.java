package io.crimelake.analytics.domain;

import java.util.List;

/**
 * The 77 official Chicago community area names by number, a fixed table until ingest-service loads the
 * community-area boundaries dataset.
 */
public final class CommunityAreas {
    private static final List<String> NAMES = List.of(
            "Rogers Park",
            "West Ridge",
            "Uptown",
            "Lincoln Square",
            "North Center",
            "Lake View",
            "Lincoln Park",
            "Near North Side",
            "Edison Park",
            "Norwood Park",
            "Jefferson Park",
            "Forest Glen",
            "North Park",
            "Albany Park",
            "Portage Park",
            "Irving Park",
            "Dunning",
            "Montclare",
            "Belmont Cragin",
            "Hermosa",
            "Avondale",
            "Logan Square",
            "Humboldt Park",
            "West Town",
            "Austin",
            "West Garfield Park",
            "East Garfield Park",
            "Near West Side",
            "North Lawndale",
            "South Lawndale",
            "Lower West Side",
            "Loop",
            "Near South Side",
            "Armour Square",
            "Douglas",
            "Oakland",
            "Fuller Park",
            "Grand Boulevard",
            "Kenwood",
            "Washington Park",
            "Hyde Park",
            "Woodlawn",
            "South Shore",
            "Chatham",
            "Avalon Park",
            "South Chicago",
            "Burnside",
            "Calumet Heights",
            "Roseland",
            "Pullman",
            "South Deering",
            "East Side",
            "West Pullman",
            "Riverdale",
            "Hegewisch",
            "Garfield Ridge",
            "Archer Heights",
            "Brighton Park",
            "McKinley Park",
            "Bridgeport",
            "New City",
            "West Elsdon",
            "Gage Park",
            "Clearing",
            "West Lawn",
            "Chicago Lawn",
            "West Englewood",
            "Englewood",
            "Greater Grand Crossing",
            "Ashburn",
            "Auburn Gresham",
            "Beverly",
            "Washington Heights",
            "Mount Greenwood",
            "Morgan Park",
            "O'Hare",
            "Edgewater");

    private CommunityAreas() {}

    /** The official name of community area {@code number}, or "Community area N" outside 1-77. */
    public static String name(int number) {
        return number >= 1 && number <= NAMES.size() ? NAMES.get(number - 1) : "Community area " + number;
    }
}
