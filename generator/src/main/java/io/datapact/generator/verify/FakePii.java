package io.datapact.generator.verify;

import io.datapact.model.PiiKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Plausible but fake personal data, as text: names and addresses from short lists, e-mail
 * addresses at the reserved {@code example.*} domains, SSNs in the never-issued 9xx area,
 * Luhn-valid card numbers, US phone numbers in E.164, private and documentation IP addresses.
 */
final class FakePii {
  private static final String[] FIRST = {"Ada", "Ben", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hiro", "Ines",
      "Jonas", "Keiko", "Liam", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tess", "Umar", "Vera"};
  private static final String[] LAST = {"Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fischer", "Garcia",
      "Haddad", "Ito", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Patel", "Quist", "Rossi",
      "Schmidt", "Tanaka", "Varga", "Weber"};
  private static final String[] STREETS = {"Maple", "Oak", "Cedar", "Elm", "Harbor", "Hillcrest", "Lake", "Mill",
      "Park", "River", "Sunset", "Willow"};
  private static final String[] STREET_TYPES = {"Street", "Avenue", "Road", "Lane", "Drive", "Court"};
  private static final String[] DOMAINS = {"example.com", "example.org", "example.net"};
  private static final String[] SENTENCE = {"patient", "reports", "follow", "up", "needed", "after", "visit",
      "called", "about", "the", "refill", "schedule", "walk", "morning", "evening", "reminder", "noted", "ok"};

  private FakePii() {}

  /** The draw of text values of a PII kind; {@code field} tells a postal code from a street address. */
  static Draw of(PiiKind kind, String field) {
    return switch (kind) {
      case EMAIL -> FakePii::email;
      case PHONE -> r -> "+1" + (2 + r.nextInt(8)) + digits(r, 9);
      case SSN -> r -> (900 + r.nextInt(100)) + "-" + (10 + r.nextInt(90)) + "-" + (1000 + r.nextInt(9000));
      case CREDIT_CARD -> FakePii::card;
      case NAME -> r -> pick(r, FIRST) + " " + pick(r, LAST);
      case ADDRESS -> field.contains("postal") || field.contains("zip") ? r -> digits(r, 5) : FakePii::street;
      case IP -> FakePii::ip;
      case BIRTH_DATE -> r -> LocalDate.ofEpochDay(r.nextLong(LocalDate.of(1950, 1, 1).toEpochDay(),
          LocalDate.of(2006, 1, 1).toEpochDay())).toString();
      case FREE_TEXT -> FakePii::note;
    };
  }

  private static String email(RandomGenerator r) {
    return (pick(r, FIRST) + "." + pick(r, LAST)).toLowerCase(Locale.ROOT) + r.nextInt(1000) + "@" + pick(r, DOMAINS);
  }

  /** Sixteen digits starting with 4, the last one the Luhn check digit. */
  static String card(RandomGenerator r) {
    String body = "4" + digits(r, 14);
    int sum = 0;
    for (int k = 0; k < body.length(); k++) {
      int d = body.charAt(body.length() - 1 - k) - '0';
      if (k % 2 == 0) { // doubled: these become the odd positions from the right once the check digit is added
        d = d * 2 > 9 ? d * 2 - 9 : d * 2;
      }
      sum += d;
    }
    return body + (10 - sum % 10) % 10;
  }

  private static String street(RandomGenerator r) {
    String line = (1 + r.nextInt(9899)) + " " + pick(r, STREETS) + " " + pick(r, STREET_TYPES);
    return r.nextInt(4) == 0 ? line + ", Apt " + (1 + r.nextInt(40)) : line;
  }

  private static String ip(RandomGenerator r) {
    return switch (r.nextInt(3)) {
      case 0 -> "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
      case 1 -> "192.168." + r.nextInt(256) + "." + (1 + r.nextInt(254));
      default -> "203.0.113." + (1 + r.nextInt(254));
    };
  }

  private static String note(RandomGenerator r) {
    StringBuilder out = new StringBuilder();
    int words = 4 + r.nextInt(9);
    for (int k = 0; k < words; k++) {
      out.append(k == 0 ? "" : " ").append(pick(r, SENTENCE));
    }
    out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
    return out.append('.').toString();
  }

  private static String digits(RandomGenerator r, int n) {
    char[] out = new char[n];
    for (int k = 0; k < n; k++) {
      out[k] = (char) ('0' + r.nextInt(10));
    }
    return new String(out);
  }

  private static String pick(RandomGenerator r, String[] values) {
    return values[r.nextInt(values.length)];
  }
}
