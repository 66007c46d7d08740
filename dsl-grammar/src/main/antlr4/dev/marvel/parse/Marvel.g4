/*
 * The Marvel dataflow language (docs/language.md). Newlines are not significant: a statement ends
 * where the next one starts. Only dev.marvel.parse's builders read the trees this grammar makes.
 */
grammar Marvel;

// The base class caps nesting and knows where a statement starts (see atStatementStart below).
options { superClass = GuardedParser; }

// ---------------------------------------------------------------- declarations

program : decl* EOF ;

decl
  : schemaDecl
  | useFunctionDecl
  | pipelineDecl
  ;

schemaDecl : SCHEMA name LPAREN fieldList? RPAREN SEMI? ;

fieldList : field (COMMA field)* COMMA? ;

field : name COLON type ;

useFunctionDecl
  : USE FUNCTION qualifiedName LPAREN (type (COMMA type)*)? RPAREN COLON result=type (AS alias=name)? SEMI?
  ;

qualifiedName : name (DOT name)* ;

// Header and body are rules of their own so that error recovery in one stops at the other.
pipelineDecl : PIPELINE name paramList pipelineBody ;

paramList : LPAREN (param (COMMA param)* COMMA?)? RPAREN ;

pipelineBody : LBRACE statement* RBRACE ;

param : name COLON type (EQ expr)? ;

type : typeName (LT type (COMMA type)* GT)? ;

typeName : IDENT | DATE ;

// ---------------------------------------------------------------- statements and flows
// Newlines do not matter, except in one place: where a flow may end with a name (a dataset, a
// schema, a column), a name that starts a line and is followed by `=` is never taken; it starts
// the next statement. So `limit` left unfinished at the end of a line is reported there and does
// not swallow the next statement's name.

statement
  : name EQ flow SEMI?                #assignStatement
  | WRITE name TO format SEMI?        #writeStatement
  ;

// `PIPE?`: a forgotten `|` still parses (operators never start a statement); the builder reports it.
flow : source (PIPE? operator)* ;

source
  : READ format (AS schemaRef)?                          #readSource
  | JOIN joinKind? joinSide COMMA joinSide ON expr        #joinSource
  | UNION name (COMMA name)*                              #unionSource
  | {!atStatementStart()}? name                           #datasetSource
  ;

format : name LPAREN expr (COMMA namedArg)* RPAREN ;

namedArg : name EQ expr ;

schemaRef
  : {!atStatementStart()}? name        #namedSchemaRef
  | LPAREN fieldList? RPAREN           #inlineSchemaRef
  ;

joinKind : INNER | LEFT | RIGHT | FULL ;

joinSide : BROADCAST? name (AS alias=name)? ;

operator
  : (WHERE | FILTER) expr                                              #whereOp
  | SELECT item (COMMA item)*                                          #selectOp
  | EXTEND binding (COMMA binding)*                                    #extendOp
  | EXPLODE binding                                                    #explodeOp
  | GROUP BY item (COMMA item)* AGGREGATE binding (COMMA binding)*     #groupOp
  | AGGREGATE binding (COMMA binding)*                                 #aggregateOp
  | DISTINCT                                                           #distinctOp
  | ORDER BY sortKey (COMMA sortKey)*                                  #orderOp
  | LIMIT expr                                                         #limitOp
  ;

item : (name EQ)? expr ;

binding : name EQ expr ;

sortKey : expr (ASC | DESC)? ;

// ---------------------------------------------------------------- expressions
// One rule per precedence level, loops instead of left recursion: a chain of a thousand `+` is a
// flat list here, so neither the parser nor the builder recurses per operator.

expr : orExpr ;

orExpr : andExpr (OR andExpr)* ;

andExpr : notExpr (AND notExpr)* ;

notExpr : NOT* predicate ;

predicate
  : additive
    ( compareOp additive
    | NOT? BETWEEN low=additive AND high=additive
    | NOT? IN LPAREN expr (COMMA expr)* RPAREN
    | IS NOT? NULL
    | MATCHES additive
    )?
  ;

compareOp : EQEQ | NE | LT | LE | GT | GE ;

additive : multiplicative ((PLUS | MINUS) multiplicative)* ;

multiplicative : unary ((STAR | SLASH | PERCENT) unary)* ;

unary : MINUS* primary ;

primary
  : literal                                             #literalExpr
  | CAST LPAREN expr AS type RPAREN                     #castExpr
  | IF expr THEN expr ELSE expr                         #ifExpr
  | CASE whenClause+ (ELSE expr)? END                   #caseExpr
  | name LPAREN (expr (COMMA expr)*)? RPAREN            #callExpr
  | {!atStatementStart()}? name (DOT member=name)?      #nameExpr
  | LPAREN expr RPAREN                                  #parenExpr
  ;

whenClause : WHEN expr THEN expr ;

literal
  : INTEGER
  | DECIMAL
  | STRING
  | TRUE
  | FALSE
  | NULL
  | DATE STRING
  ;

// `end` only closes a `case`, so it may also name a parameter or column (`between start and end`).
name : IDENT | QUOTED_IDENT | END ;

// ---------------------------------------------------------------- lexer

PIPELINE : 'pipeline' ;
SCHEMA : 'schema' ;
USE : 'use' ;
FUNCTION : 'function' ;
AS : 'as' ;
READ : 'read' ;
WRITE : 'write' ;
TO : 'to' ;
JOIN : 'join' ;
INNER : 'inner' ;
LEFT : 'left' ;
RIGHT : 'right' ;
FULL : 'full' ;
BROADCAST : 'broadcast' ;
ON : 'on' ;
UNION : 'union' ;
WHERE : 'where' ;
FILTER : 'filter' ;
SELECT : 'select' ;
EXTEND : 'extend' ;
EXPLODE : 'explode' ;
GROUP : 'group' ;
BY : 'by' ;
AGGREGATE : 'aggregate' ;
DISTINCT : 'distinct' ;
ORDER : 'order' ;
ASC : 'asc' ;
DESC : 'desc' ;
LIMIT : 'limit' ;
AND : 'and' ;
OR : 'or' ;
NOT : 'not' ;
BETWEEN : 'between' ;
IN : 'in' ;
IS : 'is' ;
NULL : 'null' ;
TRUE : 'true' ;
FALSE : 'false' ;
IF : 'if' ;
THEN : 'then' ;
ELSE : 'else' ;
CASE : 'case' ;
WHEN : 'when' ;
END : 'end' ;
CAST : 'cast' ;
DATE : 'date' ;
MATCHES : 'matches' ;

EQEQ : '==' ;
NE : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
EQ : '=' ;
PLUS : '+' ;
MINUS : '-' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;
PIPE : '|' ;
COMMA : ',' ;
COLON : ':' ;
SEMI : ';' ;
DOT : '.' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;

DECIMAL
  : DIGIT+ '.' DIGIT+ EXPONENT?
  | DIGIT+ EXPONENT
  ;

INTEGER : DIGIT+ [lL]? ;

IDENT : [A-Za-z_] [A-Za-z0-9_]* ;

// Unterminated quotes and bad escapes still make one token; LexicalChecker reports them, so the
// parser keeps going on the rest of the line.
QUOTED_IDENT : '`' ~[`\r\n]* '`'? ;

STRING : '"' ( '\\' ~[\r\n]? | ~["\\\r\n] )* '"'? ;

LINE_COMMENT : '//' ~[\r\n]* -> channel(HIDDEN) ;

BLOCK_COMMENT : '/*' .*? ( '*/' | EOF ) -> channel(HIDDEN) ;

WS : [ \t\r\n\f]+ -> skip ;

// Anything else: one token per character, reported by the syntax error reporter.
ERROR_CHAR : . ;

fragment DIGIT : [0-9] ;
fragment EXPONENT : [eE] [+-]? DIGIT+ ;
