package dev.marvel.lsp;

/** The programs the server tests edit. */
final class Texts {
  private Texts() {}

  static final String BDB_JOIN = """
      schema Rankings (pageURL: string, pageRank: int, avgDuration: int)
      schema UserVisits (sourceIP: string, destURL: string, visitDate: date, adRevenue: double,
                         userAgent: string, countryCode: string, languageCode: string,
                         searchWord: string, duration: int)

      pipeline bdb_join(rankings: path, uservisits: path, output: path,
                        start: date = "1980-01-01", end: date = "1980-04-01") {
        r = read csv(rankings) as Rankings
        v = read csv(uservisits) as UserVisits
          | where visitDate between start and end
        best = join r, v on r.pageURL == v.destURL
             | group by v.sourceIP aggregate totalRevenue = sum(v.adRevenue), avgPageRank = avg(r.pageRank)
             | order by totalRevenue desc
             | limit 1
        write best to tsv(output)
      }
      """;

  static final String WORDCOUNT = """
      pipeline wordcount(input: path, output: path) {
        counts = read text(input)
               | explode word = tokenize(lower(line))      // words: maximal runs of ASCII letters
               | group by word aggregate n = count()
        write counts to tsv(output)
      }
      """;
}
