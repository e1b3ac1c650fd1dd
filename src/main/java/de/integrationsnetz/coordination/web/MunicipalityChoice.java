package de.integrationsnetz.coordination.web;

import java.util.List;

/**
 * One checkbox of the coordinator form's municipality list.
 *
 * @param others names of other active coordinators who already look after the municipality
 */
record MunicipalityChoice(String ags, String name, long population, boolean checked, List<String> others) {}
