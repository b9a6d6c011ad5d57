// A cheap French/English guess from common words, good enough to filter an inbox by language.
const FR = new Set("le la les un une des et est pas je j ai vous nous mon ma mes votre vos pour avec sur dans que qui ne toujours rien commande merci bonjour depuis même très encore".split(" "));
const EN = new Set("the a an and is not i my you your we our for with on in that who still nothing order thanks thank hello since very again have has was it".split(" "));

export function detectLanguage(text: string): "fr" | "en" | null {
  let fr = 0;
  let en = 0;
  for (const raw of text.toLowerCase().split(/[^a-zàâçéèêëîïôûùüÿœæ']+/)) {
    for (const w of raw.split("'")) {
      if (FR.has(w)) fr++;
      if (EN.has(w)) en++;
    }
  }
  if (fr === en) return /[àâçéèêëîïôûùüÿœ]/i.test(text) ? "fr" : null;
  return fr > en ? "fr" : "en";
}
