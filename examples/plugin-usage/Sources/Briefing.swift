/// The folder the plugin reads in this example; the package itself has no code of note.
public let briefingArticles = "articles"
