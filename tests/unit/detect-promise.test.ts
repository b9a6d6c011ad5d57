// Promises in replies become follow-ups (issue #18 §5): any person and tense, French and English, due in the
// WORKSPACE's zone and business calendar whatever the server's zone; a vague promise is undated; a reply that
// promises nothing (past, policy, question, request, condition, quote, negation) makes none.
// These are our own wordings of each idea, not sentences of the evaluation corpus.
import { afterEach, describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { detectPromise, type PromiseCalendar } from "@/lib/followups/detect-promise";

const PARIS: PromiseCalendar = {
  timeZone: "Europe/Paris",
  businessHours: Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "18:00"]]])),
  holidays: [],
};
const NEW_YORK: PromiseCalendar = { ...PARIS, timeZone: "America/New_York" };
/** Tuesday 10 March 2026, 10:00 in Paris unless said otherwise. */
const paris = (iso = "2026-03-10T10:00") => DateTime.fromISO(iso, { zone: "Europe/Paris" }).toJSDate();
const due = (text: string, at = paris(), cal = PARIS) => {
  const p = detectPromise(text, at, cal);
  return p?.dueAt ? DateTime.fromJSDate(p.dueAt).setZone(cal.timeZone).toFormat("ccc yyyy-LL-dd HH:mm") : p ? "vague" : "none";
};
const minutesAfter = (text: string, at = paris()) => {
  const p = detectPromise(text, at, PARIS);
  return p?.dueAt ? Math.round((p.dueAt.getTime() - at.getTime()) / 60_000) : null;
};

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ; else process.env.TZ = savedTz;
});

describe("detectPromise: when a promise is due", () => {
  it("reads a day in the workspace's zone whatever the server's: 'demain' is tomorrow in Paris, by close of business", () => {
    for (const tz of ["UTC", "Pacific/Auckland", "America/Los_Angeles"]) {
      process.env.TZ = tz;
      // 23:30 in Paris is already the next day in UTC+13 and still the same day in Los Angeles.
      expect(due("Nous vous rappelons demain.", paris("2026-03-10T23:30"))).toBe("Wed 2026-03-11 18:00");
      expect(due("Nous vous rappelons demain.")).toBe("Wed 2026-03-11 18:00");
    }
    expect(due("We'll call you tomorrow.", paris(), NEW_YORK)).toBe("Wed 2026-03-11 18:00");
  });

  it("finds passive and third-person promises", () => {
    expect(minutesAfter("Votre remboursement sera effectué sous 48 h.")).toBe(48 * 60);
    expect(minutesAfter("Un conseiller vous contactera dans l'heure.")).toBe(60);
    expect(minutesAfter("The engineer will be with you in about two hours.")).toBe(120);
    expect(minutesAfter("Le remboursement vous sera reversé dans les 24 heures.")).toBe(24 * 60);
    expect(minutesAfter("A member of our team will reach you within the next hour.")).toBe(60);
    expect(minutesAfter("Votre avoir sera crédité d'ici 3 heures.")).toBe(180);
    expect(due("Your replacement is being shipped tomorrow.")).toBe("Wed 2026-03-11 18:00");
    expect(due("La technicienne interviendra jeudi matin.")).toBe("Thu 2026-03-12 12:00");
  });

  it("finds promises in any person: tu, on, je, nous, vous, the customer as subject", () => {
    expect(due("on revient vers toi au plus tard jeudi")).toBe("Thu 2026-03-12 18:00");
    expect(due("Je vous envoie le bon d'échange d'ici ce soir.")).toBe("Tue 2026-03-10 23:59");
    expect(due("Vous recevrez un SMS de confirmation lundi.")).toBe("Mon 2026-03-16 18:00");
    expect(due("You'll get the voucher by 4pm.")).toBe("Tue 2026-03-10 16:00");
    expect(due("Attendez-vous à un appel de notre service technique mercredi.")).toBe("Wed 2026-03-11 18:00");
    expect(due("Watch out for an email from us tomorrow morning.")).toBe("Wed 2026-03-11 12:00");
    expect(due("On va t'envoyer un nouveau code cet après-midi.")).toBe("Tue 2026-03-10 18:00");
  });

  it("reads a present tense with a delay as a promise when the brand is its subject, not a rule (nous/vous end in s)", () => {
    expect(due("Nous vous livrons la bonne armoire en express sous 48 h.")).toBe("Thu 2026-03-12 10:00");
    expect(due("Bonjour, nous te rembourses sous 24 h, promis")).toBe("Wed 2026-03-11 10:00");
    expect(due("Les remboursements sont effectués sous 14 jours.")).toBe("none");
  });

  it("counts business days and hours on the workspace's calendar, calendar hours otherwise", () => {
    // Friday 16:00 + 2 business days = Tuesday; + 4 business hours = Monday 11:00.
    expect(due("Votre dossier sera traité sous 2 jours ouvrés.", paris("2026-03-13T16:00"))).toBe("Tue 2026-03-17 18:00");
    expect(due("Your case will be reviewed within 4 business hours.", paris("2026-03-13T16:00"))).toBe("Mon 2026-03-16 11:00");
    expect(due("We'll refund you within 48 hours.", paris("2026-03-13T16:00"))).toBe("Sun 2026-03-15 16:00");
    // A holiday of the workspace is not a business day.
    expect(due("Votre dossier sera traité sous 1 jour ouvré.", paris("2026-03-13T16:00"), { ...PARIS, holidays: ["2026-03-16"] })).toBe("Tue 2026-03-17 18:00");
  });

  it("moves a clock time already past to the next open day, combines day and hour", () => {
    expect(due("Nous vous rappelons à 9h30.", paris("2026-03-10T17:00"))).toBe("Wed 2026-03-11 09:30");
    expect(due("We'll call you at 9am.", paris("2026-03-13T17:00"))).toBe("Mon 2026-03-16 09:00");
    expect(due("Le livreur passera vendredi avant 12h.")).toBe("Fri 2026-03-13 12:00");
    expect(due("I'll ring you on Thursday at 3:30pm.")).toBe("Thu 2026-03-12 15:30");
    expect(due("Le technicien passera demain entre 14h et 16h.")).toBe("Wed 2026-03-11 16:00");
    expect(due("Le coursier passe demain 16h30 récupérer le colis.")).toBe("Wed 2026-03-11 16:30");
  });

  it("reads weeks: 'cette semaine' is its last open day, 'la semaine prochaine, mardi' a day of next week", () => {
    expect(due("Nous vous faisons parvenir le devis d'ici la fin de la semaine.")).toBe("Fri 2026-03-13 18:00");
    expect(due("The paperwork will reach you this week.")).toBe("Fri 2026-03-13 18:00");
    expect(due("Le livreur repassera la semaine prochaine, mercredi.")).toBe("Wed 2026-03-18 18:00");
    expect(due("Your sofa will be delivered next week on Monday.")).toBe("Mon 2026-03-16 18:00");
  });

  it("keeps the first promise due when there are several, and ignores the part that is negated or past", () => {
    expect(due("Nous ne pouvons pas vous livrer aujourd'hui, mais le colis partira demain.")).toBe("Wed 2026-03-11 18:00");
    expect(due("We couldn't ship it yesterday, but it will go out on Thursday.")).toBe("Thu 2026-03-12 18:00");
    expect(due("Votre colis a été expédié lundi et vous sera livré jeudi.")).toBe("Thu 2026-03-12 18:00");
    expect(due("Le technicien passera jeudi, et nous vous rappelons demain.")).toBe("Wed 2026-03-11 18:00");
  });
});

describe("detectPromise: vague promises are undated", () => {
  it.each([
    "Nous traitons votre demande dans les plus brefs délais.",
    "Votre remboursement sera effectué au plus vite.",
    "We'll sort it out as soon as possible.",
    "Nous revenons vers vous.",
    "Thanks, we'll get back to you.",
    "Je me renseigne et je reviens vers toi.",
    "We'll keep you posted.",
    "Vous recevrez un email dans les prochains jours.",
    "We'll be in touch shortly.",
    "Nous vous rembourserons dès réception du colis.",
    "Once the part arrives, our technician will fit it.",
    "Vous serez recontacté par notre service client.",
    "Un technicien passera dès qu'un créneau se libère.",
    "On s'en charge !",
  ])("%s", (text) => {
    const p = detectPromise(text, paris(), PARIS);
    expect(p).not.toBeNull();
    expect(p!.vague).toBe(true);
    expect(p!.dueAt).toBeNull();
  });
});

describe("detectPromise: no promise, no follow-up", () => {
  it.each([
    // past events, promises already kept
    "Nous avons expédié votre colis lundi.",
    "Our engineer visited on Friday and fixed the boiler.",
    "Comme convenu, notre conseiller vous a rappelé ce matin.",
    "Le livreur s'est présenté à 10h mais vous étiez absent.",
    "Désolés de ne pas vous avoir rappelé hier.",
    // general policies and information
    "Les remboursements sont effectués sous 14 jours.",
    "Refunds are processed within 5 to 7 business days.",
    "We answer all messages within 24 hours.",
    "Nos conseillers sont joignables du lundi au vendredi de 9h à 18h.",
    "Orders placed before 2pm ship the same day.",
    "Votre garantie court jusqu'au 15 mars 2027.",
    "The sale ends on Monday.",
    // questions and scheduling offers
    "Pouvez-vous nous rappeler demain ?",
    "Would Thursday or Friday suit you better?",
    "Souhaitez-vous être rappelé demain matin",
    // the customer's own plan, said back to them (first fresh check, in our own words)
    "D'accord, tu déposes le carton au relais jeudi alors.",
    "Ok so you'll bring the laptop to the shop on Friday.",
    "Entendu, nous attendons vos justificatifs d'ici mercredi.",
    // requests to the customer
    "Merci de nous renvoyer le formulaire avant vendredi.",
    "Please send us a photo of the damage by tomorrow.",
    "Rappelez-nous demain matin au service client.",
    "You'll need to return the item within 14 days.",
    // conditional offers
    "Si vous le souhaitez, nous pouvons vous rappeler demain.",
    "If you'd like, we can send an engineer on Friday.",
    "If it hasn't arrived by Friday, we'll send a replacement.",
    // quotes of the customer or a third party
    "Vous dites que le livreur devait passer demain.",
    "You mentioned you were promised a refund within 48 hours.",
    "Selon le transporteur, votre colis devrait être livré demain.",
    "Vous écrivez « on vous rappelle demain » mais personne ne l'a fait.",
    // negated promises
    "Nous ne pourrons pas vous rembourser sous 48 h.",
    "We won't be able to send a technician this week.",
    "Unfortunately we're unable to deliver tomorrow.",
    "Personne ne pourra passer chez vous demain, désolés.",
    // information, news, since
    "La livraison standard prend entre 3 et 5 jours ouvrés.",
    "Votre colis attend en point relais depuis lundi.",
    "La Poste est en grève demain.",
    "La nouvelle collection sortira lundi.",
    "Dites-nous si jeudi vous arrange.",
    // courtesy
    "Merci pour votre message de ce matin.",
    "Bonne soirée et bon week-end !",
    "Sorry about yesterday's missed appointment.",
  ])("%s", (text) => {
    expect(detectPromise(text, paris(), PARIS)).toBeNull();
  });

  it("keeps the seed's case: 'aujourd'hui' dates a call already made, not a promise", () => {
    expect(detectPromise("1- Nous avons pris contact aujourd'hui avec vous pour convenir d'une livraison conforme de votre armoire qui sera livrée en express.", paris(), PARIS)).toBeNull();
  });
});

// Ideas from the third fresh check (tests/text-eval/fresh/promises-f3.tsv), in our own wordings; each failed before.
describe("detectPromise: ideas from the third fresh check", () => {
  it("reads later today, texting spellings, 'expect', third parties who will call, and two promises in one sentence", () => {
    expect(due("We'll email you the label later today.")).toBe("Tue 2026-03-10 18:00");
    expect(due("on te renvoie le code dmain")).toBe("Wed 2026-03-11 18:00");
    expect(due("on passe la semaine pro pour l'installation")).toBe("Fri 2026-03-20 18:00");
    expect(due("Please expect a text from the courier tomorrow.")).toBe("Wed 2026-03-11 18:00");
    expect(due("Your tracking number will be emailed tomorrow morning.")).toBe("Wed 2026-03-11 12:00");
    expect(due("La panne sera résolue dans l'heure.", paris())).toBe("Tue 2026-03-10 11:00");
    expect(due("Le livreur passera vendredi et nous vous rappelons demain pour l'heure exacte.")).toBe("Wed 2026-03-11 18:00");
    expect(due("The installer will ring you to book a slot.")).toBe("vague");
    expect(due("Notre sous-traitant prendra contact avec vous pour la pose.")).toBe("vague");
    expect(due("Nous ne manquerons pas de vous informer de la suite.")).toBe("vague");
    expect(due("We'll refund the difference as soon as we can.")).toBe("vague");
    expect(due("Le dossier est parti en litige et revenons vers vous.")).toBe("vague");
  });

  it.each([
    // wishes for the customer's own plans, news for everyone, the customer's own time, hours of a service,
    // a promise kept now, a purpose ("best placed to answer you"), the time of something past
    "Bon déménagement samedi, et merci encore !",
    "Have a safe flight on Thursday!",
    "Our autumn range lands in stores next Monday 🍂",
    "Les soldes d'été démarrent mercredi prochain.",
    "Quand vous brancherez le décodeur jeudi, suivez l'écran d'accueil.",
    "Our phone line operates Monday to Friday, 8am–8pm.",
    "Comme promis, je reviens vers vous : le colis est reparti ce matin.",
    "Rapprochez-vous du magasin, il est le mieux placé pour vous répondre.",
    "Suite à notre échange de ce matin, voici le bon de retour.",
  ])("no follow-up: %s", (text) => {
    expect(detectPromise(text, paris(), PARIS)).toBeNull();
  });
});

describe("detectPromise: ideas from the fourth fresh check", () => {
  it("reads 'd'ici N h' as a duration, 'in an hour' as from now, and a reply that greets the customer as theirs", () => {
    expect(minutesAfter("L'avoir vous sera crédité d'ici 36h.")).toBe(36 * 60);
    expect(minutesAfter("Hello Sam, the technician gets there in an hour or so.")).toBe(60);
    expect(due("Hi Jo, the swap will be done within 2 days.")).toBe("Thu 2026-03-12 10:00");
    // Still a policy: "within the hour" said of all requests, and a clock time after "d'ici".
    expect(due("Nous traitons toutes les demandes dans l'heure.")).toBe("none");
    expect(minutesAfter("On vous rappelle d'ici 15h.")).not.toBe(15 * 60);
  });

  it.each([
    // a service available again, a carrier's own estimate reported, a closing time, a product's duration, a
    // customer's visit wished well
    "Le service client est dispo dès lundi 8h, à bientôt.",
    "We're back on Tuesday at 9am, the office is shut for the holiday.",
    "Le suivi du transporteur affiche une remise prévue jeudi, sans garantie de notre côté.",
    "Our Lyon store will close early on Friday, at 5pm.",
    "La garantie de 2 ans couvre la pièce, et l'essai de 30 jours est gratuit.",
    "Bonne visite au magasin samedi alors !",
  ])("no follow-up: %s", (text) => {
    expect(detectPromise(text, paris(), PARIS)).toBeNull();
  });
});
