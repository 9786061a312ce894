// Quotes and their speakers, sentence by sentence.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKb } from '../../data/kb.js';
import { fromText } from '../../ingest/index.js';
import { extractDocument } from '../index.js';

const kb = loadKb();
const quotes = (text: string) => extractDocument(fromText('t', text, { published: '2023-07-13' }), kb).quotes;

const cases: { name: string; text: string; speakers: (string | null)[] }[] = [
  {
    name: '"He" after a sentence that opens with a participle is its main clause\'s subject',
    text: 'Receiving Hassan Sheikh Mohamud in Cairo, President Abdel Fattah al-Sisi declared his support. "Don\'t try Egypt," he warned.',
    speakers: ['person:abdel-fattah-al-sisi'],
  },
  {
    name: 'A quoted predicate with its object after it is speech, not a name',
    text: 'Kurt Campbell said the next day that Yoon had "badly misjudged" the situation.',
    speakers: ['person:kurt-campbell'],
  },
  {
    name: 'Rejecting something "as" words is saying them, and a verb after "and" shares the subject',
    text: 'General Abdourahamane Tiani has shown no sign of backing down. In a televised address on Aug. 2 he rejected the sanctions ECOWAS imposed on July 30 as "illegal, unjust and inhumane" and said Niger would not give in "to threats, wherever they come from".',
    speakers: ['person:abdourahamane-tiani', 'person:abdourahamane-tiani'],
  },
  {
    name: "A colon lead-in names its verb's subject, not the object before the colon",
    text: 'Foreign Minister Catherine Colonna said the ambassador would stay, the ministry said. She put it bluntly: "Our ambassador is accredited to President Bazoum, and he is not leaving."',
    speakers: ['person:catherine-colonna'],
  },
  {
    name: 'A speech verb under a modal is not the saying; the reporting verb before it is',
    text: 'President Emmanuel Macron has warned that France would respond "immediately and intractably" to any attack on its citizens.',
    speakers: ['person:emmanuel-macron'],
  },
  {
    name: '"According to" a body reports the speaker its sentence names',
    text: 'Hiroyuki Namazu, director general of the ministry\'s Asian Affairs Bureau, lodged a protest with the Chinese embassy, the Foreign Ministry said. He called the measure "totally unacceptable," according to the ministry.',
    speakers: ['person:hiroyuki-namazu'],
  },
  {
    name: '"The prime minister" where two are named is the one the sentence before is about',
    text: 'Prime Minister Fumio Kishida spoke to reporters. Kishida hopes to raise the issue with Chinese Premier Li Qiang if the two meet next month.\n\n"We will respond firmly," the prime minister said.',
    speakers: ['person:fumio-kishida'],
  },
  {
    name: 'The person who opens the clause speaks, not a body in the apposition after them',
    text: 'Penny Wong, foreign affairs spokeswoman for the opposition Labor Party, said on Wednesday the deal was "the worst foreign policy blunder in the Pacific".',
    speakers: ['person:penny-wong'],
  },
  {
    name: 'A name inside an earlier quote of the sentence is no speaker',
    text: 'The State Department condemned the “worsening violence” caused by “the Rwanda-backed M23 armed group” and called on Rwanda to “immediately withdraw all personnel” from Congo.',
    speakers: ['org:us-state-department', 'org:us-state-department', 'org:us-state-department'],
  },
  {
    name: 'Words someone "called" something are theirs, whoever reports them',
    text: 'Faisal bin Farhan met them. Prince Faisal praised what he called their "spirit of responsibility" after the signing, according to the Saudi Press Agency.',
    speakers: ['person:faisal-bin-farhan'],
  },
  {
    name: 'A later attribution in the sentence covers the quotes before it',
    text: 'NATO was “in close contact” with Warsaw and was “monitoring the situation closely”, Oana Lungescu, the alliance’s spokesperson, said on Wednesday.',
    speakers: ['person:oana-lungescu', 'person:oana-lungescu'],
  },
  {
    name: 'A colon lead-in without a speech verb is its subject speaking',
    text: 'President Gitanas Nauseda was blunt: “Wagner in Belarus is a threat to all of us.”',
    speakers: ['person:gitanas-nauseda'],
  },
  {
    name: 'The object of a fronted participle is not the "he" after it',
    text: 'Alexander Lukashenko has done little to calm nerves. Meeting President Vladimir Putin in St Petersburg on July 23, he said the fighters “want to go west”.',
    speakers: ['person:alexander-lukashenko'],
  },
  {
    name: 'A fronted clause\'s name is not the main clause\'s subject, nor the "he" after it',
    text: 'On the day Bashar al-Assad fell, Prime Minister Benjamin Netanyahu ordered troops into the buffer zone, saying the agreement had “collapsed”. “We will not allow any hostile force on our border,” he said.',
    speakers: ['person:benjamin-netanyahu', 'person:benjamin-netanyahu'],
  },
  {
    name: 'A parenthetical "he said" names the speaker, and "adding" goes on from him',
    text: 'Kremlin spokesman Dmitry Peskov told reporters on Monday that Moscow rejected the claims. It was up to Maia Sandu to “present evidence”, he said, adding that the surge was “anomalous”.',
    speakers: ['person:dmitry-peskov', 'person:dmitry-peskov'],
  },
  {
    name: 'A plural noun after the quote is no speech verb ("two states")',
    text: 'Recep Tayyip Erdogan said any settlement had to reflect "the realities on the island", shorthand for Ankara\'s push for two states.',
    speakers: ['person:recep-tayyip-erdogan'],
  },
  {
    name: 'An honorific and a given name point back to a royal named in full ("Prince Faisal")',
    text: 'Antony Blinken spoke with Saudi Foreign Minister Prince Faisal bin Farhan. Prince Faisal, who received the delegations, praised what he called their "spirit of responsibility", according to the Saudi Press Agency.',
    speakers: ['person:faisal-bin-farhan'],
  },
  {
    name: 'A surname after a name written family name first is that person',
    text: 'Beijing released Cheng Lei, a former anchor. "Tight hugs, screaming kids, holding them in the sunshine," Cheng wrote.',
    speakers: ['person:cheng-lei'],
  },
  {
    name: 'Whoever denounces someone in words says them',
    text: 'Lai urged China to "cease their intimidation." Beijing has since denounced him as a "dangerous separatist."',
    speakers: ['person:lai-ching-te', 'country:CHN'],
  },
  {
    name: 'Words a speaker "called" something are theirs',
    text: 'Taiwan\'s defence ministry condemned what it called "irrational provocations" that threaten peace.',
    speakers: ['org:taiwan-mnd'],
  },
  {
    name: 'A short quote followed by a preposition is speech',
    text: 'Matthew Miller said that Washington was "deeply concerned" by the drills.',
    speakers: ['person:matthew-miller'],
  },
  {
    name: 'A title used alone with its state names the holder',
    text: 'Recep Tayyip Erdogan met Sauli Niinisto. Standing beside his guest, the Turkish president said Helsinki had taken "authentic and concrete steps" to address concerns.',
    speakers: ['person:recep-tayyip-erdogan'],
  },
  {
    name: 'A relative pronoun with a subject after it is no subject ("which he called")',
    text: 'John Kirby said Serbia had massed troops along the border with Kosovo, which he called "very destabilising".',
    speakers: ['person:john-kirby'],
  },
  {
    name: 'A participle after a comma speaks for the subject of the sentence',
    text: 'Aleksandar Vucic denied that Belgrade was involved, saying that Serbia had "nothing to do" with the violence.',
    speakers: ['person:aleksandar-vucic'],
  },
  {
    name: 'A participle after the quote goes on with the speaker named before it',
    text: 'Defence Minister Israel Katz said that Iran was “more exposed than ever”, adding that Israel had a chance.',
    speakers: ['person:israel-katz'],
  },
  {
    name: 'Only a verb of saying puts its speaker after the quote ("…", thanked X names whom)',
    text: 'Nicolas Maduro, who called the meeting "a triumph for Latin America", thanked Ralph Gonsalves.',
    speakers: ['person:nicolas-maduro'],
  },
  {
    name: 'Who spoke of, thanked for, or expressed the words',
    text: 'Fumio Kishida spoke of "a new chapter". China expressed "deep concern".',
    speakers: ['person:fumio-kishida', 'country:CHN'],
  },
  {
    name: 'Not the possessor in the apposition of the subject',
    text: 'Dmitry Peskov, President Vladimir Putin\'s spokesman, rejected the plan and called it "theft".',
    speakers: ['person:dmitry-peskov'],
  },
  {
    name: 'Not the subject of the next clause',
    text: 'Narendra Modi told Xi Jinping that "peace on the border should remain our priority", while Xi urged India to act.',
    speakers: ['person:narendra-modi'],
  },
  {
    name: 'The person before an apposition that names an organisation',
    text: '"Every ship we list is money lost to the Kremlin," Kaja Kallas, the EU\'s foreign policy chief, told reporters.',
    speakers: ['person:kaja-kallas'],
  },
  {
    name: 'The person a title after "said" names',
    text: '"Hungarian money will not be used for this war," said Hungary\'s foreign minister, Péter Szijjártó.',
    speakers: ['person:peter-szijjarto'],
  },
  {
    name: 'Speaker after the quote',
    text: '"We will not back down," Antony Blinken said.',
    speakers: ['person:antony-blinken'],
  },
  {
    name: 'Said before the name',
    text: '“Security is global,” said Jens Stoltenberg.',
    speakers: ['person:jens-stoltenberg'],
  },
  {
    name: 'Lead-in colon',
    text: 'Emmanuel Macron said: "Europe must stand together."',
    speakers: ['person:emmanuel-macron'],
  },
  {
    name: 'Told reporters that',
    text: 'Olaf Scholz told reporters that the decision was "final and not open to debate."',
    speakers: ['person:olaf-scholz'],
  },
  {
    name: 'According to',
    text: '"The talks went well," according to Recep Tayyip Erdoğan.',
    speakers: ['person:recep-tayyip-erdogan'],
  },
  {
    name: 'A pronoun points back to the last named speaker',
    text: 'Fumio Kishida arrived in Kyiv. "Japan stands with Ukraine," he said.',
    speakers: ['person:fumio-kishida'],
  },
  {
    name: 'A document speaks for its issuer',
    text: 'NATO issued a communiqué. The communiqué stated that China poses "systemic challenges to Euro-Atlantic security."',
    speakers: ['org:NATO'],
  },
  {
    name: 'A joint statement has no single speaker',
    text: 'They pointed out that "the situation in the region is tense and getting worse every day."',
    speakers: [null],
  },
  {
    name: 'A second quote continues the speaker of the first',
    text: '"We are ready," Volodymyr Zelenskyy said. "We will win."',
    speakers: ['person:volodymyr-zelenskyy', 'person:volodymyr-zelenskyy'],
  },
  {
    name: 'A term in quotation marks is no quote',
    text: 'The so-called "comfort women" dispute flared again.',
    speakers: [],
  },
];

for (const c of cases) {
  test(c.name, () => {
    const got = quotes(c.text);
    assert.deepEqual(
      got.map((q) => q.speaker),
      c.speakers,
      JSON.stringify(got),
    );
  });
}
