package dev.marvel.lsp;

import dev.marvel.parse.MarvelLexer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Rename of a dataset: its declaration and every reference, including the qualifiers of join
 * columns ({@code r.pageURL}). A name that is not an identifier, is a keyword, or is taken by
 * another dataset of the pipeline is refused with an error the editor shows.
 */
final class RenameProvider {
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** The range of the dataset name under the cursor, if it can be renamed. */
  Optional<Range> prepare(AnalyzedDocument doc, int offset) {
    return doc.symbols().at(offset).filter(s -> s.kind() == Symbol.Kind.DATASET)
        .map(s -> Positions.range(doc.file(), s.span()));
  }

  WorkspaceEdit rename(AnalyzedDocument doc, int offset, String newName) {
    SymbolTable symbols = doc.symbols();
    Symbol symbol = symbols.at(offset)
        .orElseThrow(() -> refuse("Put the cursor on a dataset's name to rename it."));
    if (symbol.kind() != Symbol.Kind.DATASET) {
      throw refuse("Only datasets can be renamed; `" + symbol.name() + "` is a " + symbol.kind().name().toLowerCase() + ".");
    }
    if (!IDENTIFIER.matcher(newName).matches()) {
      throw refuse("`" + newName + "` is not a valid name: use letters, digits and `_`, not starting with a digit.");
    }
    if (isKeyword(newName)) {
      throw refuse("`" + newName + "` is a keyword; choose another name.");
    }
    boolean taken = symbols.all().stream().anyMatch(s -> s.kind() == Symbol.Kind.DATASET && s.scope() == symbol.scope()
        && s.name().equals(newName) && !s.name().equals(symbol.name()));
    if (taken) {
      throw refuse("The pipeline already has a dataset named `" + newName + "`.");
    }
    List<TextEdit> edits = symbols.occurrencesOf(symbol).stream()
        .map(s -> new TextEdit(Positions.range(doc.file(), s.span()), newName)).toList();
    return new WorkspaceEdit(Map.of(doc.uri(), edits));
  }

  private static boolean isKeyword(String word) {
    for (int type = 1; type <= MarvelLexer.VOCABULARY.getMaxTokenType(); type++) {
      String literal = MarvelLexer.VOCABULARY.getLiteralName(type);
      if (literal != null && literal.equals("'" + word + "'")) {
        return true;
      }
    }
    return false;
  }

  private static ResponseErrorException refuse(String message) {
    return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams, message, null));
  }
}
