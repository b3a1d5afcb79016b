package org.notebake.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 11.18: a phone number needs the shape of one, not just a valid digit count. */
class PhoneShapeTest {
  private final PrivacyScanner scanner = PrivacyScanner.create(PrivacyRules.builder().build());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the loss fell to 135481183.19 after",
        "x = 2269.974834 in the fit",
        "taken 2023-09-15 10.53.21 at noon",
        "at 2023-09-15T10:53:21Z and 2023-09-15T10:53:21.123+02:00",
        "build 10.0.19041.1234 of the kernel",
        "version 2.912.555.0142 is out",
        "pos = (-122.4194, 37.7749); lat 40.7128 lon -74.0060",
        "order 9125550142 shipped",
        "epoch 1694775201 and 1694775201123",
        "matrix [[912.5550142, 2.3], [4, 5]]",
        "v912.555.0142.7",
        "ISBN 978-3-16-148410-0",
        "the sum is 9,125,550,142 dollars",
        "hotel=9125550142",
        "call 555-0142 later",
        "\"x\": [\n    350.2265625,\n    475.6640625\n  ]",
        "scale 912.5550142 and 415.8675309 px",
        "count 1 2 3 4 5 6 7 8 9 10 11",
        "pairs 41 58 67 53 16 and 91 25 55 01 42",
        "photo IMG_20230415_123456.jpg",
        "id 0041791234567 and 00419125550142",
        "page 12 \u00b7 415 words \u00b7 2025",
        "x\u0301 2\u0301",
        "x \u00b9\u00b2\u00b3 \u2079\u00b9\u00b2 \u2075\u2075\u2075 \u2070\u00b9\u2074\u00b2",
        "GET http://207.200.83.29:80/index.html HTTP/1.0",
        "the server 205.251.42.17 answers",
        "ssh ops@228.201.55.14 -p 22",
        "the war of 1812\u20141815, pages 120\u2014145",
        "2019\u301c2023\u5e74\u3001\u7b2c3\u301c5\u7ae0",
        "~/notes ~ 2025~2026 ~"
      })
  void numbersThatAreNotPhoneNumbersAreQuiet(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "912 555 0142",
        "(912) 555-0142",
        "912.555.0142",
        "912-555-0142",
        "+1 912 555 0142",
        "+19125550142",
        "1-912-555-0142",
        "(912)555-0142",
        "912 5550142",
        "415\u00b7867\u00b75311",
        "415\u2022867\u20225313",
        "415\u2027867\u20275312",
        "415_867_5314",
        "912\u2014555\u20140142",
        "+1\u2014912\u2014555\u20140143",
        "912\u2015555\u20150144",
        "912\u2012555\u20120145",
        "912\u2013555\u20130146",
        "912\u2212555\u22120147",
        "912\ufe58555\ufe580148",
        "912\u30fc555\u30fc0149",
        "912\uff70555\uff700150",
        "912\u301c555\u301c0151",
        "912\uff5e555\uff5e0152",
        "912~555~0153",
        "415 867 53 16",
        "(415) 867-53-16",
        "(415) 86\u03277 5361",
        "9\ufe0f\u20e31\ufe0f\u20e32\ufe0f\u20e3 555 0142",
        "0049 30 12345670",
        "0044 20 7946 0958"
      })
  void writtenPhoneNumbersAreFound(String phone) {
    assertThat(scanner.scan("reach jo at " + phone + " tonight"))
        .singleElement()
        .satisfies(f -> assertThat(f.match()).isEqualTo(phone));
  }

  /**
   * WhatsApp's click-to-chat address holds the number in digits alone, country code first, in any
   * region: {@code wa.me/} makes them a phone number as {@code tel:} does, with the same id.
   */
  @ParameterizedTest
  @CsvSource({
    "Message me on [WhatsApp](https://wa.me/19125550142)., 19125550142, +19125550142",
    "https://wa.me/19125550142?text=Hi, 19125550142, +19125550142",
    "WA.ME/4930123456, 4930123456, +4930123456",
    "wa.me/4930123456789, 4930123456789, +4930123456789"
  })
  void theDigitsOfAWhatsAppLinkAreANumber(String text, String digits, String e164) {
    assertThat(scanner.scan(text))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo("phone");
              assertThat(f.match()).isEqualTo(digits);
              assertThat(f.id()).isEqualTo(scanner.scan("tel:" + e164).get(0).id());
            });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"wa.me/1912555", "wa.me/1234567890123456", "https://wa.me/message/ABCDEFG12345"})
  void aWhatsAppLinkWithoutEightToFifteenDigitsHoldsNoNumber(String text) {
    assertThat(scanner.scan(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tel:9125550142",
        "tel: 9125550142",
        "?tel=9125550142",
        "phone 9125550142",
        "Phone: 9125550142",
        "phoneNumber=9125550142",
        "mobile_phone: 9125550142",
        "myPhone: 9125550142",
        "work_tel 9125550142",
        "cellPhone=9125550142",
        "Call me at 9125550142",
        "fax 9125550142"
      })
  void aBareRunOfDigitsAfterAPhoneWordIsANumber(String text) {
    assertThat(scanner.scan(text))
        .singleElement()
        .satisfies(f -> assertThat(f.match()).isEqualTo("9125550142"));
  }

  /**
   * Red team (repro-10): the schemes of other calling and messaging apps hold a number as {@code
   * tel:} does, written as digits alone, in a link or as text, and percent-encoded in a link.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "sms:9125550142",
        "sms://9125550142?body=Hi",
        "facetime:9125550142",
        "facetime://9125550142",
        "facetime-audio:9125550142",
        "callto:9125550142",
        "callto://9125550142",
        "skype:9125550142?call",
        "viber://chat?number=9125550142",
        "imessage:9125550142",
        "[Text me](sms:9125550142)"
      })
  void aNumberInAMessagingLinkIsANumber(String link) {
    for (Channel channel : new Channel[] {Channel.TEXT, Channel.URL}) {
      assertThat(scanner.scan(link, channel))
          .as(channel.name())
          .singleElement()
          .satisfies(f -> assertThat(f.match()).endsWith("9125550142"));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sms:%39%31%32%35%35%35%30%31%34%32",
        "facetime:%2B19125550142",
        "facetime-audio:%39125550142",
        "callto:%2B1%20912%20555%200142",
        "skype:%2B19125550142?call",
        "viber://chat?number=%2B19125550142",
        "viber://chat?number=%252B19125550142"
      })
  void aPercentEncodedNumberInAMessagingLinkIsANumberWithTelsId(String link) {
    String tel = scanner.scan("tel:+19125550142").get(0).id();
    assertThat(scanner.scan(link, Channel.URL))
        .singleElement()
        .satisfies(f -> assertThat(f.id()).isEqualTo(tel));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0049 30 12345670 | +49 30 12345670",
        "415_867_5314 | (415) 867-5314",
        "415 867 53 16 | 415-867-5316"
      })
  void aNumberHasOneIdHoweverItIsWritten(String spellings) {
    String[] both = spellings.split(" \\| ");
    assertThat(scanner.scan(both[0]).get(0).id()).isEqualTo(scanner.scan(both[1]).get(0).id());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GB:020 7946 0958",
        "DE:030 12345678",
        "DE:+49 30 12345678",
        "DE:0049 30 12345670",
        "DE:030 123456 70",
        "DE:+49 171 1234 567",
        "US:+49 171 1234 567",
        "US:+44 2079 460 958",
        "US:+33 1 2345 6789"
      })
  void otherRegionsKeepTheirGroupings(String regionAndNumber) {
    String region = regionAndNumber.substring(0, 2);
    String number = regionAndNumber.substring(3);
    PrivacyScanner regional = PrivacyScanner.create(PrivacyRules.builder().region(region).build());
    assertThat(regional.scan("ring " + number + " today"))
        .singleElement()
        .satisfies(f -> assertThat(f.match()).isEqualTo(number));
  }

  /** A phone word before a number libphonenumber holds valid makes any grouping a phone number. */
  @ParameterizedTest
  @ValueSource(
      strings = {"DE:Tel.: 0171/1234 567", "DE:Handy 0171 12 345 67", "US:phone 912 55 501 42"})
  void aPhoneWordMakesAnOddGroupingANumber(String regionAndText) {
    String region = regionAndText.substring(0, 2);
    String text = regionAndText.substring(3);
    PrivacyScanner regional = PrivacyScanner.create(PrivacyRules.builder().region(region).build());
    assertThat(regional.scan("bitte " + text + " heute")).hasSize(1);
  }

  /**
   * A phone word joined to another, in camel case or with an underscore, is a phone word both where
   * a window is chosen for the second pass and where a number's neighbour is read: these oddly
   * grouped numbers need both.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Phone: 0171/1234 567",
        "myPhone: 0171/1234 567",
        "handyNummer 0171/1234 567",
        "TelNr. 0171/1234 567",
        "mobile_phone: 0171/1234 567",
        "privat_tel 0171/1234 567"
      })
  void aPhoneWordJoinedToAnotherMakesAnOddGroupingANumber(String text) {
    PrivacyScanner german = PrivacyScanner.create(PrivacyRules.builder().region("DE").build());
    assertThat(german.scan("bitte " + text + " heute"))
        .singleElement()
        .satisfies(f -> assertThat(f.match()).isEqualTo("0171/1234 567"));
  }

  /**
   * Real content (a lecture's folder {@code Lecture_003} holding a snipping tool's {@code
   * {52394552-E4DF-…}.png}): the folder's last digits and the file's first were read as one number
   * across the {@code /} of the image's address, and the bake stopped.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "URL:../course/lecture_003/52394552-e4df-4330-af1c-9ce1eaa1ddbc-png-40w.jpg",
        "URL:https://example.org/course/lecture_003/52394552-e4df.png",
        "FILE_NAME:course/lecture_003/52394552-e4df-4330-af1c-9ce1eaa1ddbc.png"
      })
  void digitsEitherSideOfAPathsSlashAreNoNumber(String channelAndText) {
    Channel channel = Channel.valueOf(channelAndText.substring(0, channelAndText.indexOf(':')));
    String text = channelAndText.substring(channelAndText.indexOf(':') + 1);

    assertThat(scanner.scan(text, channel)).isEmpty();
  }

  /** A number written with a slash is still one in text, in a query and in a tel: link. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "TEXT:Tel.: 0171/1234 567",
        "URL:tel:0171/1234567",
        "URL:https://example.org/call?tel=0171/1234 567",
        "URL:https://example.org/call#0171/1234 567"
      })
  void aNumberWrittenWithASlashIsStillFoundOutsideAPath(String channelAndText) {
    Channel channel = Channel.valueOf(channelAndText.substring(0, channelAndText.indexOf(':')));
    String text = channelAndText.substring(channelAndText.indexOf(':') + 1);
    PrivacyScanner german = PrivacyScanner.create(PrivacyRules.builder().region("DE").build());

    assertThat(german.scan(text, channel)).hasSize(1);
  }
}
