package dev.tradebook.customer.reference.domain;

/**
 * What a city search asks for; null means "any". {@code text} is found anywhere in the code or the name,
 * ignoring case, taken literally ({@code %} and {@code _} are characters, not wildcards).
 */
public record CityFilter(String text, String stateCode, Boolean active) {
}
