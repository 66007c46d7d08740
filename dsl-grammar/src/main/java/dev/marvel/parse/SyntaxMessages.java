package dev.marvel.parse;

/**
 * Every user-facing text of the lexer and parser, with its code, in one place (codes E0001–E0099,
 * see docs/language.md). Names and source text appear in backquotes.
 */
public final class SyntaxMessages {
  public static final String UNTERMINATED_STRING = "E0001";
  public static final String BAD_ESCAPE = "E0002";
  public static final String UNTERMINATED_COMMENT = "E0003";
  public static final String UNEXPECTED_CHARACTER = "E0004";
  public static final String UNTERMINATED_QUOTED_NAME = "E0005";
  public static final String EMPTY_QUOTED_NAME = "E0006";
  public static final String INTEGER_OUT_OF_RANGE = "E0007";
  public static final String NUMBER_OUT_OF_RANGE = "E0008";
  public static final String UNEXPECTED = "E0010";
  public static final String KEYWORD_AS_NAME = "E0011";
  public static final String MISSPELT_KEYWORD = "E0012";
  public static final String MISSING_PIPE = "E0013";
  public static final String ASSIGN_IN_CONDITION = "E0014";
  public static final String CHAINED_COMPARISON = "E0015";
  public static final String DEFAULT_NOT_LITERAL = "E0016";
  public static final String OPTION_NOT_LITERAL = "E0017";
  public static final String NESTED_TOO_DEEP = "E0018";
  public static final String EXPRESSION_TOO_LONG = "E0019";
  public static final String INTERNAL_ERROR = "B0001";

  static final String ESCAPES_HELP =
      "the escapes are \\\" \\\\ \\n \\t \\r and \\u{…} with 1 to 6 hex digits, e.g. \\u{1F600}";

  private SyntaxMessages() {}

  static String unterminatedString() {
    return "unterminated string literal";
  }

  static String unterminatedStringLabel() {
    return "this string has no closing `\"`";
  }

  static String unterminatedStringHelp() {
    return "add a `\"` before the end of the line; strings cannot span lines (use \\n for a newline)";
  }

  static String badEscape(String escape) {
    return "unknown escape `" + escape + "` in string literal";
  }

  static String badUnicodeEscape(String escape) {
    return "invalid unicode escape `" + escape + "` in string literal";
  }

  static String unterminatedComment() {
    return "unterminated block comment";
  }

  static String unterminatedCommentHelp() {
    return "close it with `*/`; block comments do not nest";
  }

  static String unexpectedCharacter(String character) {
    return "unexpected character `" + character + "`";
  }

  static String unexpectedCharacterHelp(String character) {
    return switch (character) {
      case "&" -> "write `and` to combine conditions";
      case "!" -> "write `not` to negate a condition, `!=` for “not equal”";
      case "'" -> "strings are written in double quotes: \"text\"";
      case "#" -> "comments start with `//`";
      default -> "";
    };
  }

  static String unterminatedQuotedName() {
    return "unterminated quoted name";
  }

  static String unterminatedQuotedNameHelp() {
    return "close the name with a backquote: `name`";
  }

  static String emptyQuotedName() {
    return "empty quoted name";
  }

  static String integerOutOfRange(String text) {
    return "integer literal `" + text + "` is out of range";
  }

  static String integerOutOfRangeHelp() {
    return "the largest integer is 9223372036854775807 (a long); use a double like 1e19 for larger numbers";
  }

  static String numberOutOfRange(String text) {
    return "number `" + text + "` is out of range for a double";
  }

  static String expected(String expected, String found) {
    return "expected " + expected + ", found " + found;
  }

  static String expectedLabel(String expected) {
    return "expected " + expected;
  }

  static String keywordAsName(String keyword) {
    return "expected a name, found keyword `" + keyword + "`";
  }

  static String keywordAsNameHelp(String keyword) {
    return "`" + keyword + "` is a reserved word; write `` `" + keyword + "` `` to use it as a name";
  }

  static String didYouMean(String keyword) {
    return "did you mean `" + keyword + "`?";
  }

  static String unknownOperator(String word) {
    return "unknown operator `" + word + "`";
  }

  static String operatorsHelp() {
    return "the operators are where, filter, select, extend, explode, group by, aggregate, distinct, "
        + "order by and limit";
  }

  static String missingPipe(String operator) {
    return "missing `|` before `" + operator + "`";
  }

  static String missingPipeHelp(String operator) {
    return "operators are chained with `|`: `... | " + operator + " ...`";
  }

  static String assignInCondition() {
    return "expected `==` to compare, found `=`";
  }

  static String assignInConditionHelp() {
    return "`=` names a column or dataset; use `==` to test for equality";
  }

  static String chainedComparison() {
    return "comparisons cannot be chained";
  }

  static String chainedComparisonHelp() {
    return "combine two comparisons with `and`, e.g. `a < b and b < c`";
  }

  static String defaultNotLiteral() {
    return "a parameter default must be a literal";
  }

  static String defaultNotLiteralHelp() {
    return "write a number, string, `true`, `false`, `null` or `date \"yyyy-MM-dd\"`";
  }

  static String optionNotLiteral(String option) {
    return "the value of option `" + option + "` must be a literal";
  }

  static String nestedTooDeep(int limit) {
    return "nested too deeply (more than " + limit + " levels)";
  }

  static String nestedTooDeepHelp() {
    return "split the expression into steps with `extend`, or simplify the type";
  }

  static String expressionTooLong(int limit) {
    return "expression too long (more than " + limit + " operators in a row)";
  }

  static String parserFailed(Throwable failure) {
    return "the parser failed on this file (" + failure.getClass().getSimpleName() + ")";
  }
}
