import { EntityType } from '../../engine/model/model';
import { JOINING_NOUNS } from './propose.frame-words';
import { JOINT_NOUNS, OFFICE_WORDS } from './propose.lexicon';
import { classify, SEQUENCE_WORDS, type Mention } from './propose.mentions';
import type { Parse } from './propose.parser';
import type { Token } from './propose.text';

/**
 * A clause read from a dependency parse: its verb and the noun groups its grammar gives each role, whatever the
 * words between them ("Led by A, the project was carried out together with B and C, which measured …").
 */
export interface ParsedClause {
  verb: number;
  /** By the parse: a passive verb ("was funded by"), or a participle that modifies its patient ("a lab run by A"). */
  passive: boolean;
  /** The grammatical subject (of a passive verb: its patient), the object, and the agent after "by". */
  subjects: Mention[];
  objects: Mention[];
  agents: Mention[];
  /** Groups after prepositions, by preposition: "with" (and "together with", "in partnership with"), "in", "at"; "jointly": those "in partnership with". */
  preps: Map<string, Mention[]>;
}

/** The prepositions whose object is the whole a role noun belongs to: partners in P, members of N, signatories to A, hosts for E. */
const WHOLE_PREPOSITIONS = new Set(['in', 'of', 'to', 'for']);

/** A role noun's frame read from the parse: "A and B are partners in P", "A, a member of N", "members include A". */
export interface ParsedRole {
  noun: number;
  members: Mention[];
  /** The whole its complement names ("in P", "of N"), if it names one. */
  wholes: Mention[];
}

/** Nouns that stand for the organisations they group or come from: "representatives of A", "a consortium of A and B". */
const STAND_IN_NOUNS = /^(?:representative|delegation|delegate|official|expert|researcher|scientist|team|consortium|group|partnership|alliance|coalition|member|partner|party|side|institution|university|organisation|organization|company|firm|body)s?$/;
const SUBJECT_DEPS = new Set(['nsubj', 'nsubjpass', 'csubj']);
/** Verbs whose object is a means to what the open clause after it says: "used the expo to launch X". */
const MEANS_VERBS = new Set(['use', 'take', 'seize', 'leverage']);
const LISTING = new Set(['including', 'among', 'like', 'as']);
const RELATIVE_PRONOUNS = new Set(['which', 'that', 'who']);

/** Reads clauses and role nouns off one sentence's parse, over the mentions extraction found in it. */
export class DependencyReader {
  private readonly children: number[][];

  constructor(
    private readonly tokens: Token[],
    private readonly parse: Parse,
    private readonly mentionAt: (index: number) => Mention | undefined,
    /**
     * What a word that is no name refers to, if anything: a pronoun ("it", "they", by its dependency label) or a
     * definite description from its determiner ("the two-day forum": `determiner` is the index of "the").
     */
    private readonly refer: (index: number, dep: string, determiner: number | undefined) => Mention[],
    /** The surface list a mention opens ("A, B and C"), which stands when the parse misreads a long list. */
    private readonly list: (mention: Mention) => Mention[] = (mention) => [mention],
  ) {
    this.children = tokens.map(() => []);
    parse.heads.forEach((head, child) => head >= 0 && head !== child && this.children[head].push(child));
  }

  private dep(index: number): string {
    return this.parse.deps[index] ?? '';
  }

  private lemma(index: number): string {
    return this.parse.lemmas[index] ?? this.tokens[index].lower;
  }

  private childrenWith(index: number, ...deps: string[]): number[] {
    return this.children[index].filter((child) => deps.includes(this.dep(child)));
  }

  /** The mentions a noun phrase headed at `index` names: the mention itself and its conjuncts and appositions. */
  group(index: number, seen = new Set<number>()): Mention[] {
    if (index < 0 || seen.has(index)) return [];
    seen.add(index);
    const mention = this.mentionAt(index);
    const found: Mention[] = [];
    const span = mention ? range(mention.first, mention.last) : [index];
    if (mention) found.push(...this.list(mention));
    else if (/^(?:it|they|them)$/.test(this.tokens[index].lower)) found.push(...(this.governingSubject(index) ?? this.refer(index, this.dep(index), undefined)));
    else {
      const determiner = this.childrenWith(index, 'det').find((child) => /^(?:the|this|that)$/.test(this.tokens[child].lower));
      // "the next forum" is another forum than the one named.
      const another = this.children[index].some((child) => SEQUENCE_WORDS.has(this.tokens[child].lower));
      const lemma = this.lemma(index);
      // "X, a three-year project to be led by A", "X, the open data portal that the Network launched": a class noun set
      // after a name as its apposition stands for the name.
      const apposed = this.dep(index) === 'appos' ? this.mentionAt(this.parse.heads[index]) : undefined;
      const described = apposed && classify([lemma])?.type === apposed.type ? apposed : undefined;
      if (described) found.push(described);
      else if (determiner !== undefined && !another) found.push(...this.refer(index, this.dep(index), determiner));
      // "representatives of A and of B", "a consortium of A and B", "partner universities such as A": the organisations.
      if (STAND_IN_NOUNS.test(lemma) || STAND_IN_NOUNS.test(this.tokens[index].lower)) {
        for (const prep of this.childrenWith(index, 'prep')) if (['of', 'from', 'between', 'among', 'including', 'as', 'like'].includes(this.tokens[prep].lower)) for (const object of this.childrenWith(prep, 'pobj')) found.push(...this.group(object, seen));
      }
      // "Mr. Lin Tao, Director of the Brisk Bureau, signed", "Dr. Mai Lan of Osprey University attended", "the President
      // of Osprey University spoke": a person, or a post, stands for the organisation it is of.
      if (this.tokens[index].entityLabel === 'PERSON' || OFFICE_WORDS.has(this.tokens[index].lower)) {
        for (const holder of [index, ...this.childrenWith(index, 'appos')]) {
          for (const prep of this.childrenWith(holder, 'prep')) if (['of', 'from', 'at'].includes(this.tokens[prep].lower)) for (const object of this.childrenWith(prep, 'pobj')) found.push(...this.group(object, seen));
        }
      }
      // "the project's sequencing will be carried out with B": an activity named by whose it is stands for its owner.
      if (found.length === 0 && !/^(?:it|they|them)$/.test(this.tokens[index].lower)) for (const owner of this.childrenWith(index, 'poss')) found.push(...this.group(owner, seen));
    }
    // Conjuncts and appositions that hang off any word of the mention outside it: "the Ministry of Science and Technology and B".
    for (const word of span) {
      for (const child of this.children[word]) {
        if (mention && child >= mention.first && child <= mention.last) continue;
        const dep = this.dep(child);
        if (dep === 'conj') found.push(...this.group(child, seen));
        // "its first project, X": a class noun's apposition names it; a name's apposition ("X, a partnership between A
        // and B") describes X, and only another name for it ("X, the Y,") is the same entity.
        // ("Sarawak Rural Health Network (Malaysia)": a place in brackets after a name says where it is.)
        else if (dep === 'appos' && (!mention || this.mentionAt(child)) && !(mention && this.placeInBrackets(child))) found.push(...(mention ? [this.mentionAt(child)!] : this.group(child, seen)));
        // "A, B, as well as C", "partners such as A and B".
        if (dep === 'prep' && LISTING.has(this.tokens[child].lower) && !mention) for (const object of this.childrenWith(child, 'pobj')) found.push(...this.group(object, seen));
      }
    }
    return unique(found);
  }

  private placeInBrackets(index: number): boolean {
    const named = this.mentionAt(index);
    const opened = /\(\s*$/.test(this.tokens[named?.first ?? index].pre) || /\(\s*$/.test(this.tokens[(named?.first ?? index) - 1]?.post ?? '');
    return opened && !!named && (named.type === EntityType.Country || named.type === EntityType.Place);
  }

  /**
   * "A and B announced that they are partners": a subject pronoun in a clause that completes a verb is that verb's
   * subject, when the verb has one.
   */
  private governingSubject(pronoun: number): Mention[] | undefined {
    if (!SUBJECT_DEPS.has(this.dep(pronoun))) return undefined;
    let clause = this.parse.heads[pronoun];
    while (clause >= 0 && ['ccomp', 'xcomp', 'advcl', 'conj'].includes(this.dep(clause))) {
      const governor = this.parse.heads[clause];
      if (governor < 0) return undefined;
      const subject = this.childrenWith(governor, 'nsubj').find((child) => !/^(?:it|they|them)$/.test(this.tokens[child].lower));
      if (subject !== undefined) return this.group(subject);
      clause = governor;
    }
    return undefined;
  }

  private isVerb(index: number): boolean {
    return /^VB/.test(this.parse.tags[index] ?? '');
  }

  /** The verb's subject group: its own, a relative clause's noun, a shared subject of coordinated verbs, an open clause's. */
  private subjectOf(verb: number, seen = new Set<number>()): { group: Mention[]; passive: boolean } {
    if (seen.has(verb)) return { group: [], passive: false };
    seen.add(verb);
    const head = this.parse.heads[verb];
    const dep = this.dep(verb);
    for (const child of this.children[verb]) {
      if (!SUBJECT_DEPS.has(this.dep(child))) continue;
      // "X, which groups A": the relative pronoun is the noun the clause describes.
      const relative = dep === 'relcl' && RELATIVE_PRONOUNS.has(this.tokens[child].lower) && head >= 0;
      return { group: this.group(relative ? head : child), passive: this.dep(child) === 'nsubjpass' };
    }
    // "X, which groups A" and "a laboratory run by A": the noun the clause describes ("a project to be led by A": passive too).
    const auxPassive = this.children[verb].some((child) => this.dep(child) === 'auxpass');
    if ((dep === 'relcl' || dep === 'acl') && head >= 0) return { group: this.group(head), passive: (dep === 'acl' && this.parse.tags[verb] === 'VBN') || auxPassive };
    // "A helped B to establish X": the governing verb's object acts (object control).
    // (the parser reads a bare name there as an object or as a nominal complement).
    // ("A used the expo to launch X": what is used is the means; its user acts.)
    const controller = dep === 'xcomp' && head >= 0 && !MEANS_VERBS.has(this.lemma(head)) ? this.children[head].filter((child) => this.dep(child) === 'dobj' || (this.dep(child) === 'xcomp' && /^NN/.test(this.parse.tags[child] ?? ''))) : [];
    // ("A chose the expo to unveil X": an event is the occasion, never the one who acts.)
    const controllers = controller.flatMap((object) => this.group(object));
    if (controllers.length > 0 && !controllers.every((mention) => mention.type === EntityType.Event)) return { group: controllers, passive: false };
    // "A built X and runs Y", "plans to join": the subject of the verb it is coordinated with or completes.
    if ((dep === 'conj' || dep === 'xcomp') && head >= 0 && this.isVerb(head)) return this.subjectOf(head, seen);
    // "Led by A, the project …": a fronted participle's patient is the main clause's subject.
    if (dep === 'advcl' && this.parse.tags[verb] === 'VBN' && head >= 0) return { group: this.subjectOf(head, seen).group, passive: true };
    return { group: [], passive: false };
  }

  /** Every clause whose verb `isAction` accepts. */
  clauses(isAction: (index: number) => boolean): ParsedClause[] {
    const clauses: ParsedClause[] = [];
    this.tokens.forEach((_, verb) => {
      if (!this.isVerb(verb) || this.mentionAt(verb) || !isAction(verb)) return;
      const { group: subjects, passive: subjectPassive } = this.subjectOf(verb);
      const passive = subjectPassive || this.childrenWith(verb, 'auxpass').length > 0;
      // ("X, the portal that the Network launched": a relative pronoun as the object is the noun the clause describes.)
      const relativeObject = (object: number) => this.dep(verb) === 'relcl' && RELATIVE_PRONOUNS.has(this.tokens[object].lower) && this.parse.heads[verb] >= 0;
      // (Only that noun, not the list it stands in: "two platforms: A, which IAPA set up, and B".)
      const described = (head: number) => (this.mentionAt(head) ? [this.mentionAt(head)!] : this.group(head).slice(0, 1));
      const objects = this.childrenWith(verb, 'dobj', 'attr').flatMap((object) => (relativeObject(object) ? described(this.parse.heads[verb]) : this.group(object)));
      const agents = this.childrenWith(verb, 'agent').flatMap((by) => this.childrenWith(by, 'pobj').flatMap((object) => this.group(object)));
      const preps = new Map<string, Mention[]>();
      const addPrep = (prep: number, joint = false) => {
        const word = this.tokens[prep].lower;
        for (const object of this.childrenWith(prep, 'pobj')) {
          // "in partnership with B": the partnership's "with", kept also as "jointly".
          if (JOINT_NOUNS.has(this.tokens[object].lower)) for (const inner of this.childrenWith(object, 'prep')) addPrep(inner, true);
          else for (const key of joint ? [word, 'jointly'] : [word]) preps.set(key, unique([...(preps.get(key) ?? []), ...this.group(object)]));
        }
      };
      for (const child of this.children[verb]) {
        if (this.dep(child) === 'prep') addPrep(child);
        // "together with", "jointly with", "along with": the preposition hangs off the adverb.
        if (this.dep(child) === 'advmod') for (const prep of this.childrenWith(child, 'prep')) addPrep(prep);
      }
      // "teamed up with A and B on P": the parser often hangs "on P" on the last partner rather than on the verb.
      for (const partner of preps.get('with') ?? []) {
        for (let word = partner.first; word <= partner.last; word += 1) {
          for (const prep of this.childrenWith(word, 'prep')) if (this.tokens[prep].lower === 'on' && (prep < partner.first || prep > partner.last)) addPrep(prep);
        }
      }
      clauses.push({ verb, passive, subjects, objects, agents, preps });
    });
    return clauses;
  }

  /** Names a name owns by the parse ("China's X", "Vietnam's Y"): the owner and the owned. */
  owned(): { owner: Mention; thing: Mention }[] {
    const pairs: { owner: Mention; thing: Mention }[] = [];
    this.tokens.forEach((_, index) => {
      const owner = this.mentionAt(index);
      const thing = this.dep(index) === 'poss' ? this.mentionAt(this.parse.heads[index]) : undefined;
      if (owner && thing && owner !== thing && owner.last === index) pairs.push({ owner, thing });
    });
    return pairs;
  }

  /** Every role noun `isRole` accepts, with its members (none found: none) and the whole its complement names. */
  /**
   * Who receives what a verb gives: "donate licences to the centre", "lend the authority two units", "supply the
   * centre's receiving station" (the owner of what is given).
   */
  recipients(verb: number): Mention[] {
    const to = this.childrenWith(verb, 'prep').filter((prep) => this.tokens[prep].lower === 'to').flatMap((prep) => this.childrenWith(prep, 'pobj'));
    const owners = this.childrenWith(verb, 'dobj').flatMap((object) => this.childrenWith(object, 'poss'));
    return [...this.childrenWith(verb, 'dative'), ...to, ...owners].flatMap((index) => this.group(index));
  }

  roles(isRole: (index: number) => boolean): ParsedRole[] {
    const roles: ParsedRole[] = [];
    this.tokens.forEach((_, noun) => {
      if (this.mentionAt(noun) || !isRole(noun)) return;
      // "member institutions include A", "partner universities": the noun the role word qualifies.
      const head = this.dep(noun) === 'compound' || this.dep(noun) === 'amod' ? this.parse.heads[noun] : noun;
      if (head < 0) return;
      // "partners in P", "members of N"; "the programme's partner universities", "the lab's other partners": its owner.
      const wholes = [
        ...this.childrenWith(head, 'prep')
          .filter((prep) => WHOLE_PREPOSITIONS.has(this.tokens[prep].lower))
          .flatMap((prep) => this.childrenWith(prep, 'pobj').flatMap((object) => this.group(object))),
        ...this.childrenWith(head, 'poss').flatMap((owner) => this.group(owner)),
      ];
      const dep = this.dep(head);
      const governor = this.parse.heads[head];
      let members: Mention[] = [];
      if (JOINING_NOUNS.test(this.tokens[noun].lower)) {
        // "the accession of A and B", "with the addition of A and B": who joins follows "of".
        members = this.childrenWith(noun, 'prep')
          .filter((prep) => this.tokens[prep].lower === 'of')
          .flatMap((prep) => this.childrenWith(prep, 'pobj').flatMap((object) => this.group(object)));
      } else if (/:/.test(this.tokens[noun].post) && noun + 1 < this.tokens.length) {
        // "welcomed two new members: A and B", "the founding members: the A Academy, …": the parser hangs the list
        // after the colon on the verb.
        members = this.group(/^(?:the|a|an)$/.test(this.tokens[noun + 1].lower) ? noun + 2 : noun + 1);
      } else if ((dep === 'attr' || dep === 'oprd' || dep === 'acomp') && governor >= 0) {
        // "A and B are (became) partners in P".
        members = this.subjectOf(governor).group;
      } else if (dep === 'appos' && governor >= 0) {
        // "Mahidol University, a member of N".
        members = this.group(governor);
      } else if (dep === 'pobj' && governor >= 0 && this.tokens[governor].lower === 'as' && this.parse.heads[governor] >= 0) {
        // "welcomed A and B as members" (the object), "A joined as a partner" (the subject).
        const verb = this.parse.heads[governor];
        const objects = this.childrenWith(verb, 'dobj').flatMap((object) => this.group(object));
        members = objects.length > 0 ? objects : this.subjectOf(verb).group;
      } else if (dep === 'pobj' && governor >= 0 && this.tokens[governor].lower === 'among' && this.parse.heads[governor] >= 0) {
        // "A is among the founding members of N", "among the members of N are A and B".
        members = this.subjectOf(this.parse.heads[governor]).group;
      } else if (SUBJECT_DEPS.has(dep) && governor >= 0) {
        // "Members include A and B", "the partners are A and B".
        // ("Speakers included Professor A of X, who described …, and Dr B of Y": past the relative clause the parser may
        // join the next name to the verb, not to the first object; it is one of them all the same.)
        const objects = this.childrenWith(governor, 'dobj', 'attr');
        const joined = objects.length > 0 ? this.childrenWith(governor, 'conj').filter((child) => /^NN/.test(this.parse.tags[child] ?? '')) : [];
        members = [...objects, ...joined].flatMap((object) => this.group(object));
      } else {
        // "welcomed new members, among them A and B", "new members: A and B" ("members of N" names the whole, not a member).
        const listing = this.children[head].filter((child) => this.dep(child) === 'appos' || (this.dep(child) === 'prep' && !WHOLE_PREPOSITIONS.has(this.tokens[child].lower)));
        members = listing.flatMap((child) => (this.dep(child) === 'prep' ? this.childrenWith(child, 'pobj').flatMap((object) => this.group(object)) : this.group(child)));
      }
      roles.push({ noun, members, wholes });
    });
    return roles;
  }
}

function range(first: number, last: number): number[] {
  return Array.from({ length: last - first + 1 }, (_, n) => first + n);
}

function unique(mentions: Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => {
    const key = `${mention.entityId}@${mention.first}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
