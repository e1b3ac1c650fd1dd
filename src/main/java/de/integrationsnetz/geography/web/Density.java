package de.integrationsnetz.geography.web;

/** Inhabitants per km², rounded to one decimal. */
final class Density {

    private Density() {}

    static double of(long population, double areaKm2) {
        return areaKm2 <= 0 ? 0 : Math.round(population / areaKm2 * 10) / 10.0;
    }
}
