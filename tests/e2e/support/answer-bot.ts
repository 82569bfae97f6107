// Answers the questionnaire in the real browser the way a person would, for a fixture
// household: whatever question the engine asks next, it is answered from this household's facts
// through the screen's own labels and buttons ("I don't know" for anything not in the fixture).
import type { Page } from 'playwright-core';
import { keyboardActor, pointerActor, type Actor } from './actors';

/** How the person reaches the controls: a finger or mouse, or the keyboard alone. */
export type Hands = 'pointer' | 'keyboard';

function actor(page: Page, hands: Hands): Actor {
  return hands === 'keyboard' ? keyboardActor(page) : pointerActor();
}

export interface FixtureAnswers {
  children: number;
  postalCode: string;
  birthDates: Record<string, [string, string, string]>;
  residence: string;
  incomes: Record<string, { kind: string; amount: string } | 'none'>;
  statuses: Record<string, string[]>;
  tenure: string;
  rent: string;
  heating: string;
  yesNo: Record<string, 'Oui' | 'Non'>;
  school: { level: string; community: string };
}

/** The single mother of golden household 02, answering in French. */
export const MOLENBEEK_MOTHER: FixtureAnswers = {
  children: 2,
  postalCode: '1080',
  birthDates: { m1: ['20', '5', '1997'], m2: ['11', '2', '2022'], m3: ['3', '9', '2019'] },
  residence: 'Belge',
  incomes: { m1: { kind: 'Allocations familiales', amount: '450' }, m2: 'none', m3: 'none' },
  statuses: { m1: ['Parent seul avec ses enfants'] },
  tenure: 'Locataire chez un propriétaire privé',
  rent: '750',
  heating: 'Gaz naturel',
  yesNo: { 'waiting-list': 'Non', 'owns-other-dwelling': 'Non', debts: 'Oui' },
  school: { level: 'Primaire', community: 'Francophone (Fédération Wallonie-Bruxelles)' },
};

const NOT_A_QUESTION = new Set(['Chargement des questions…', 'Chargement…']);

async function waitForQuestion(page: Page): Promise<string | 'done'> {
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (let i = 0; i < 200; i += 1) {
    const title = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    if (title === "Merci, c'est fini") return 'done';
    const match = /\/questions\/([^?]+)/.exec(page.url());
    // The address changes before the new question is drawn: wait for its controls too.
    const ready = !NOT_A_QUESTION.has(title) && (await page.locator('main form, main .members-list, main .yes-no').count()) > 0;
    if (ready && match) return decodeURIComponent(match[1]!);
    if (ready && title === 'Qui vit avec vous ?') return 'members';
    await page.waitForTimeout(50);
  }
  throw new Error(`no question on ${page.url()}: "${await page.getByRole('heading', { level: 1 }).textContent()}"`);
}

/** Answers the current question; returns its id, or "done" at the end. */
export async function answerOne(page: Page, answers: FixtureAnswers, hands: Hands = 'pointer'): Promise<string> {
  try {
    return await answer(page, answers, actor(page, hands));
  } catch (error) {
    const heading = await page.getByRole('heading', { level: 1 }).textContent().catch(() => '?');
    throw new Error(`answering on ${page.url()} (screen: "${heading}") failed: ${String(error)}`);
  }
}

async function answer(page: Page, answers: FixtureAnswers, act: Actor): Promise<string> {
  const id = await waitForQuestion(page);
  if (id === 'done') return id;
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const [kind, member = ''] = id.split(':');
  const button = (name: string, exact = false): Promise<void> => act.press(page.getByRole('button', { name, exact }));
  const radio = (name: string | RegExp): Promise<void> => act.choose(page.getByRole('radio', { name }));
  const field = (label: string, value: string): Promise<void> => act.fill(page.getByLabel(label, { exact: true }), value);
  const dontKnow = () => button('Je ne sais pas');
  const continueButton = () => button('Continuer');
  switch (kind) {
    case 'members':
      for (let i = 0; i < answers.children; i += 1) await button('+ Enfant');
      await page.getByText(answers.children > 1 ? `votre enfant ${answers.children}` : 'votre enfant', { exact: true }).waitFor();
      await button("C'est tout le monde");
      break;
    case 'postal-code':
      await field('Code postal', answers.postalCode);
      await continueButton();
      break;
    case 'birth-date': {
      const date = answers.birthDates[member];
      if (!date) {
        await dontKnow();
        break;
      }
      await field('Jour', date[0]);
      await field('Mois', date[1]);
      await field('Année', date[2]);
      await continueButton();
      break;
    }
    case 'residence':
      await radio(answers.residence);
      await continueButton();
      break;
    case 'incomes': {
      const income = answers.incomes[member];
      if (!income) await dontKnow();
      else if (income === 'none') await button('Aucun revenu');
      else {
        await act.tick(page.getByRole('checkbox', { name: income.kind }));
        await field(`${income.kind} : montant par mois (€)`, income.amount);
        await continueButton();
      }
      break;
    }
    case 'statuses':
      for (const status of answers.statuses[member] ?? []) await act.tick(page.getByRole('checkbox', { name: new RegExp(status) }));
      await continueButton();
      break;
    case 'school':
      await radio(answers.school.level);
      await radio(answers.school.community);
      await continueButton();
      break;
    case 'tenure':
      await radio(answers.tenure);
      await continueButton();
      break;
    case 'heating':
      await radio(answers.heating);
      await continueButton();
      break;
    case 'rent':
      await field('Loyer par mois, sans les charges (€)', answers.rent);
      await continueButton();
      break;
    case 'real-estate-income':
      await field('Revenu cadastral total, par an (€)', '0');
      await continueButton();
      break;
    case 'waiting-list':
    case 'owns-other-dwelling':
    case 'debts': {
      const choice = answers.yesNo[kind];
      if (choice) await button(choice, true);
      else await dontKnow();
      break;
    }
    default:
      await dontKnow();
  }
  // The next screen has another title (questions about two people differ by the person).
  await page.waitForFunction((before) => document.querySelector('h1')?.textContent !== before, title, { timeout: 15_000 });
  return id;
}

export async function answerAll(page: Page, answers: FixtureAnswers, hands: Hands = 'pointer', limit = 60): Promise<string[]> {
  const asked: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    const id = await answerOne(page, answers, hands);
    if (id === 'done') return asked;
    asked.push(id);
  }
  throw new Error(`still asking after ${limit} questions: ${asked.join(', ')}`);
}

/** First run: French, the promise about the data, a nickname, then the questions. */
export async function firstRun(page: Page, nickname: string, hands: Hands = 'pointer'): Promise<void> {
  const act = actor(page, hands);
  await act.choose(page.getByRole('radio', { name: /Français/ }));
  await act.press(page.getByRole('button', { name: 'Continuer' }));
  await act.press(page.getByRole('button', { name: "J'ai compris, continuer" }));
  await act.fill(page.getByLabel('Un prénom ou un surnom'), nickname);
  await act.press(page.getByRole('button', { name: 'Commencer les questions' }));
  await page.getByRole('heading', { level: 1, name: 'Qui vit avec vous ?' }).waitFor();
}
