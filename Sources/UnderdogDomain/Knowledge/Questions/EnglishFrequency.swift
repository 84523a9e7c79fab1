/// How common a word is in general English: its Zipf frequency, log10 of its occurrences per billion words ("the"
/// 7.7, "price" 5.0, "objection" 3.8, "voicemail" 3.3, "gatekeeper" under 3), for the 27902 commonest words, all
/// whose frequency is at least 3.0, rounded to tenths. Lower-cased, apostrophes dropped as `QuestionWords` drops them
/// ("dont"), at least three letters.
///
/// Generated from wordfreq 3.1.1's English data (Robyn Speer et al., https://github.com/rspeer/wordfreq), whose
/// data is licensed CC BY-SA 4.0; this table, derived from it, is shared under the same licence.
public enum EnglishFrequency {
    /// The least frequency the table holds: a word not in it is rarer than this.
    public static let floor = 3.0

    /// The word's Zipf frequency; nil for a word rarer than `floor` (or not English).
    public static func zipf(_ word: String) -> Double? {
        table[word]
    }

    private static let table: [String: Double] = {
        var table: [String: Double] = [:]
        table.reserveCapacity(27902)
        for line in data.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let first = fields.first, let zipf = Double(first) else { continue }
            for word in fields.dropFirst() { table[String(word)] = zipf }
        }
        return table
    }()

    private static let data = """
        7.7 the
        7.4 and
        7.0 for that you
        6.8 this was with
        6.7 are have not
        6.6 but from
        6.5 all can his one they will your
        6.4 about has just like more out what when
        6.3 been get had her she their there time were which who would
        6.2 also dont how new now other people some them
        6.1 after any could first good him into its know make only our over see than then think two
        6.0 back because being day did even here may most much need really right said should these too very want way well where
        6.0 work year years
        5.9 before down going got great last life made many never off say still take those through while why world youre
        5.8 always around best better between both cant come every find help high home little long look love man old part same
        5.8 since something state such three use used
        5.7 again against another big didnt does during each end ever family feel found game give house ive keep might must
        5.7 next own place please put school show sure team thing things under without
        5.6 away business called care city company days different doing done few free getting god government group having however
        5.6 left let looking lot money name night number play public real second set someone start system thought times top
        5.6 until week women
        5.5 actually already american anything area bad based believe black call came car case change children country doesnt
        5.5 enough everyone everything face far five following four full general hard head including job kind later law less
        5.5 line live makes making maybe mean men music national nothing once open order party per person point power president
        5.5 read run says season seen service shit side small states stop story support tell thank theyre though today together
        5.5 told took try trying united using war water went white whole working yes yet
        5.4 able ago air almost along anyone become bit body book class close comes coming control course court death early
        5.4 else fact food friend friends fuck games girl given guy guys half hand health history hit hope hours idea ill important
        5.4 information international isnt john known large least level local looks lost matter means mind needs news nice
        5.4 office often others past pay playing possible post pretty probably problem remember research room saying several
        5.4 single social south started taking talk thanks true understand university video wanted win within wrong yeah york
        5.4 young
        5.3 according act age although among art ask asked available baby behind bring building buy cause chance check child
        5.3 college community current data deal development due easy education either example experience father final fire
        5.3 form former front fucking fun further future gonna happy heard heart human kids late leave light list living london
        5.3 low major march market media meet members million minutes months morning move myself near non north phone plan
        5.3 players police political process program question quite rather ready reason red report saw series services short
        5.3 six sometimes son song soon special stay street study taken talking third turn type wait wasnt watch west whether
        5.3 woman wont word works yourself
        5.2 above account across action added alone america answer april areas average bank beautiful became bill board books
        5.2 boy break british brought center certain church clear club common companies cool cost county couple cut date dead
        5.2 department design died director east energy english especially event exactly eyes field fight film finally fine
        5.2 force gave gets girls giving goes gold gone ground guess hands happen happened hear held higher himself hold hot
        5.2 hour include industry inside instead interest issue issues july june killed king knew land lead learn likely longer
        5.2 main medical meeting member middle military miss moment month mother movie needed online original outside parents
        5.2 park perfect performance period personal played player points policy position present press price private problems
        5.2 project provide questions received record relationship rest result results return rights road role running security
        5.2 seems self sense sent september sex share shot shows similar site society sorry sound source space star strong
        5.2 students summer takes term test themselves thinking total town training tried usually value view wants weeks wife
        5.2 wish won words worked worth wouldnt youll
        5.1 add amazing amount army article attack attention august australia bed began blood blue born brother built cannot
        5.1 career central changed changes character chief china choice code complete considered continue couldnt council countries
        5.1 cover crazy cup currently daily damn daughter david december decided decision die difficult dog door drive earth
        5.1 eat economic election england enjoy entire european events evidence fall fast federal feeling felt figure financial
        5.1 follow football foreign forget forward french goal green groups hair hate havent hell hey hospital huge increase
        5.1 internet involved itself james january key kill knows language league led legal listen lives looked lord lose loss
        5.1 lower management match met michael model modern mom natural november october official oil okay ones page paid paper
        5.1 parts perhaps pick picture poor popular practice production property published quality race range rate reading
        5.1 related release review round rules safe save science sea seem send serious seven sign simple simply sir situation
        5.1 size staff stage stand starting step stuff style success super systems tax technology terms title towards trade
        5.1 trust turned union upon various version voice vote waiting walk washington ways website whatever whose writing
        5.1 written youve
        5.0 ability absolutely access addition additional agree ahead album allow allowed announced anti arent asking ass association
        5.0 author ball base beat beginning below beyond box boys brown build california calling campaign canada capital card
        5.0 cases centre century certainly charge chinese claim clean coach cold collection committee completely computer conditions
        5.0 conference consider construction contact content continued costs create created credit cross culture dad dark deep
        5.0 definitely described designed despite developed difference district double drop earlier effect eight episode etc
        5.0 europe except expect expected extra eye fair fans favorite fear february feet female fit focus followed forces
        5.0 friday funny gas generally george german gives global goals gotta growth gun happens heavy hotel husband ice immediately
        5.0 included includes income india individual interested interesting island jesus jobs join judge justice kept kid
        5.0 knowledge lady leader leading leaving letter levels limited lines link lol loved manager mark married material
        5.0 message miles mine minister minute missing moved movement moving named nature nearly network nobody normal note
        5.0 numbers offer officer opportunity pain particular particularly pass paul peace percent photo piece places plans
        5.0 plus population positive posted potential pre pressure previous product products professional provided quick quickly
        5.0 radio recent recently region regular released reported required respect response risk river rock russian safety
        5.0 sale sales san scene schools search secretary section seeing sell shall significant sister sleep sold sort sounds
        5.0 speak specific speed spend spent standard statement station store stories straight student studies subject sun
        5.0 table teams ten text throughout tomorrow tonight tour track train travel treatment truth unit unless via visit
        5.0 wall wanna watching weight welcome western weve wide winning workers wow write wrote
        4.9 active activities activity address administration advice africa agency agreement aint analysis annual anymore anyway
        4.9 app application approach associated australian avoid award awesome band bar basic battle beach biggest block bought
        4.9 brain broken calls camera cancer captain carry cars cash catch caught caused cell challenge characters choose christian
        4.9 christmas civil claims clearly closed coast coffee color comment comments commercial commission compared competition
        4.9 complex condition congress contract crime damage dance defense degree details direct direction directly disease
        4.9 division doctor doubt dream drink driving drug easily economy effective effects effort ended environment equipment
        4.9 established evening eventually executive explain facebook families fan features feels fighting finish finished
        4.9 fish flight floor foot france freedom fully gay germany glad google grand greater grow growing hall heat helped
        4.9 highest highly holding holy hurt image imagine impact increased independent indian insurance interview japan killing
        4.9 lack largest latest laws learning library literally lived located location lots luck machine majority male marriage
        4.9 mass master meaning meant mission mrs multiple murder names nation necessary nine none notice obama offered officers
        4.9 older opening operation operations opinion organization otherwise overall parties passed patients peter physical
        4.9 pictures planning plant politics pop prices primary pro produced professor programs protect purpose putting queen
        4.9 ran rates reach reality reasons records reports resources responsible rich rule russia saturday seconds secret
        4.9 senior seriously ship shop showed showing shown sick sit sitting skin smith speaking sports spot spring standing
        4.9 stars status stock stupid successful sunday supposed sweet teacher telling texas theory therefore thus touch trial
        4.9 trip truly trump uses walking wear weather weekend william winter wonder worse worst yesterday
        4.8 accept acting actions actual adult advantage african agent agreed aid airport alive americans animal animals apart
        4.8 apparently appear appeared appears apple apply arms arrived artist attempt authority aware background bag balance
        4.8 basis beauty becomes becoming begin believed benefit benefits bet billion birth birthday bitch boss bottom brand
        4.8 bridge broke budget bus busy buying camp cards carried cast cat cells cent chairman changing channel charles chicago
        4.8 chris christ cities classes click completed concept concerned connection continues conversation copy corner correct
        4.8 count covered criminal critical cultural customers dangerous dear decide demand develop digital dinner distance
        4.8 dogs dollars draw dress driver drugs dude easier eastern eating edition efforts employees ends engine engineering
        4.8 enter estate everybody exchange existing extremely failed faith famous farm fashion fat feature fell fellow fifth
        4.8 file finding firm fix florida fly follows forced foundation fourth frank fresh function fund gain garden generation
        4.8 gift glass grade greatest guide handle happening healthy hearing helping herself hill horse host housing http ideas
        4.8 images impossible improve inc indeed individuals influence institute investigation investment israel items jack
        4.8 japanese joe journal keeping knowing labor lake larger leaders leadership learned leaves length lie liked los losing
        4.8 louis lucky magic managed map marketing mary materials memory mental mentioned metal method mexico mid mike missed
        4.8 mobile monday mostly mouth movies nations negative neither net nor northern notes obviously onto opened operating
        4.8 option owned owner paris partner patient paying photos placed plays possibly powerful presented prevent previously
        4.8 prime prior prison produce profile progress projects protection proud prove provides pull push raise raised rare
        4.8 reached realize receive religious remain remains removed request require responsibility returned richard ride ring
        4.8 rise robert roll rose royal runs sad scale score screen seat seemed selling senate separate serve served setting
        4.8 sexual shooting shouldnt shut signed silver skills slightly slow smaller smart software solution somebody songs
        4.8 soul sources southern species speech spirit spread square standards starts stick stone stopped strength structure
        4.8 suggest supply surface surprise target technical television tells theyve thinks thomas thoughts thousands throw
        4.8 till tom totally tough traditional traffic treat tree trouble turns twice twitter types understanding unique units
        4.8 usa users van variety vehicle videos views village violence volume wake waste weapons wearing wedding weird whom
        4.8 wild wind window winner wonderful wood worry youd yours youth
        4.7 abuse accepted accident accounts actor adding advance advanced affairs afraid afternoon allows alternative ancient
        4.7 angeles angry anywhere apartment appeal appearance applied appreciate appropriate arm articles artists arts asia
        4.7 asian assistant attacks attorney audience awards banks bay bear beer behavior ben bigger blog boat bodies border
        4.7 boston breaking bringing britain brothers buildings businesses canadian candidate capacity chain chair chapter
        4.7 charges cheap citizens classic climate closer clothes combined comfortable command committed communication communities
        4.7 concern confidence confirmed connected contains cook core creating crew crowd cute dating debt decisions democratic
        4.7 description developing device dick discovered discuss discussion domestic download drama drinking dropped dry duty
        4.7 edge elections electric elements email emergency emotional ending enemy ensure entered entirely entry environmental
        4.7 equal era everywhere evil excellent excited exercise exist expensive express facilities factor facts failure fake
        4.7 falling fantastic feed feelings festival figures filled finance fixed flat flow flying focused forest forever formed
        4.7 forms fox fuel funds girlfriend golden governor grant grew grown guard guns harry hasnt heads hello helps henry
        4.7 hero historical hits hole holiday homes honest honestly honor hoping houses hundred identity illegal increasing
        4.7 industrial initial injury intelligence intended interests internal introduced ireland iron issued italian italy
        4.7 jersey johnson joined joint joke jones journey jump keeps kick kitchen korea labour laugh launch lawyer leads lee
        4.7 leg legs letters liberal lies likes limit links listed listening loan lovely loves lunch lying mad magazine mail
        4.7 maintain martin massive matters max measure measures medicine mention methods milk minimum mistake mix models moon
        4.7 mountain museum muslim native noted nuclear numerous ocean offers officials options ordered orders organizations
        4.7 originally owners pack pair parliament path payment perform performed picked pieces plane planet planned plants
        4.7 platform plenty policies pool port posts powers prepared presence prince profit promise proof proper properties
        4.7 proposed providing pulled purchase quarter quiet rain ray reaction recorded reduce reference regarding regional
        4.7 relations relationships relatively religion remove republican requires restaurant revealed route saved schedule
        4.7 scientific scotland scott sector selected session sets shape shared sharing shoes shoot shopping sides signs sites
        4.7 sky smoke snow soft soldiers solid somewhere spanish specifically spending split sport squad stated steel steps
        4.7 steve storm strategy streets stress strike stuck studio sub suddenly sugar suggested suit supported supporting
        4.7 supreme surprised survey task taste taught taxes taylor tea teach teachers teaching tech terrible testing tests
        4.7 theyll tired toward transfer transport treated trees turning twenty update upper urban useful user valley values
        4.7 vice victory walked warm watched weak web werent williams willing windows wine wins writer yellow younger youtube
        4.7 zone
        4.6 academic academy accurate achieve acts adam admit adults affect affected afford aircraft alcohol alex allowing
        4.6 andrew answers anybody applications appointed approved approximately argument armed arrested aside assembly assets
        4.6 assistance assume attitude authorities basically basketball bbc begins bell besides bird birds blame blow bob bomb
        4.6 bond bottle bowl boyfriend branch brazil breakfast bright brings bunch button candidates capable careful carrying
        4.6 category causes champion charged chat cheese chemical chicken chosen circumstances claimed clinton collected combat
        4.6 combination communications competitive concerns conducted conflict conservative considering constitution consumer
        4.6 context controlled corporate corporation counter coverage cream creation creative crisis crown cry crying customer
        4.6 cutting cycle danger daniel dealing deals debate decades dedicated defined definition delivered delivery depending
        4.6 depression describe deserve desire destroyed detail determine determined devices diet directed display distribution
        4.6 documents dollar don draft drawing dreams drivers drunk dying editor educational elected employment empty enjoyed
        4.6 entertainment escape essential estimated examples exclusive excuse experienced expert explained extended extreme
        4.6 faces facility factors fail falls false familiar faster fault favor favourite fields fill films finds fired flag
        4.6 flowers folks forgot frame frequently friendly fruit fucked funding gender giant golf goods grace granted guest
        4.6 guilty hang harder heaven hed holds hopefully humans hundreds identified identify iii importance improved incredible
        4.6 independence index info inspired instance institutions iran item itll jackson jail jewish jim kevin kim kinda kingdom
        4.6 kiss ladies laid lane largely latter laughing launched lay lights literature load mainly manufacturing markets
        4.6 matches maximum mayor meat medium mess mile millions mining ministry minor mixed mode moments motion moves navy
        4.6 neck newspaper nick normally noticed novel object obvious occurred offering ohio opportunities opposite opposition
        4.6 orange ourselves pacific pages painting papers parent partners passing pattern perfectly performing permanent personally
        4.6 personnel perspective phase pleasure plot positions possibility prefer pregnant premier prize programme promote
        4.6 properly pure random realized reasonable receiving recommend recovery reduced referred register relevant remained
        4.6 remaining rent replace represent representative republic requirements reserve residents resolution returns revenue
        4.6 reviews revolution rooms row rural ryan salt sam sat saving scared scenes scheme scored scottish secure seek seeking
        4.6 sees selection senator sending sentence serving severe shares shift shirt shots signal singing sleeping slowly
        4.6 smile solo spain spoke stadium stands statistics stood storage stores strange stream struggle suicide suppose surgery
        4.6 switch talent talked talks tank teeth temperature tend territory theme thousand threat thursday ticket tickets
        4.6 tight tiny tips tony tool tools tournament trading trained transportation troops truck tuesday turkey typical typically
        4.6 ultimately unable understood unfortunately universe unlike upset usual vehicles victim victims virginia vision
        4.6 voted votes voting wales walls warning wars wave wednesday weekly whenever wing worried yard zero
        4.5 absolute accused achieved acid actress administrative admitted adopted adventure advertising aged agencies agents
        4.5 ages aim alan alongside amazon angel anniversary anxiety appointment approval argue arrest aspects assessment atmosphere
        4.5 attached attacked attempts attend attended attractive audio authors auto automatically awful babies balls ban barely
        4.5 bars baseball bathroom battery bedroom belief bible bike bills blind bone bonus bound bread breaks breath brian
        4.5 brief brilliant broad bullshit burn burning bush cabinet cable cake calm campus cap carbon carefully carolina castle
        4.5 catholic cats causing celebrate ceo challenges chamber champions championship chances charity chart checked chest
        4.5 childhood chocolate choices chose circle circuit client clients clinical closely closing clothing cloud clubs coal
        4.5 colorado colors colour comedy commander compare comparison complicated concert conduct confused consequences consistent
        4.5 constant constantly contain contained contemporary contest continuing contrast convention cooking courses courts
        4.5 covering covers crash criticism curious dan dancing dates davis deaths debut decade declared defeat defence defend
        4.5 degrees deliver democracy democrats depends depth deputy destroy detailed differences directors dirty discovery
        4.5 discussed divided dna doctors document donald doors drawn drew driven duke dumb earn earned edward effectively
        4.5 egg eggs egypt electronic element elizabeth elsewhere empire employee encourage enforcement engaged engineer entitled
        4.5 equivalent eric error establish everyday exact exciting existence exists expansion experiences experts exposed
        4.5 expressed expression extension extensive extent external faced facing factory fairly fantasy featuring fed fee
        4.5 fees filed files finals finger fingers fishing flash ford formal format formation formula fort fought founded founder
        4.5 francisco functions gained gallery gang gap gate gear georgia gotten governments grab graduate gray greek grey
        4.5 gross guitar haha hanging hardly harm hat headed heading healthcare heavily height hidden hide highway hills hip
        4.5 historic hitting hollywood hong horses household howard hungry hunt ignore immediate immigration impressive improvement
        4.5 inch incident increases informed infrastructure initially injured inner innocent interior introduction invited
        4.5 involving irish islands jan jason jeff jews joining jordan joseph joy junior jury killer kinds kong korean latin
        4.5 legislation lesson lets letting lewis license lift limits linked loans locations lock loose losses loud loving
        4.5 ltd luke mac machines maintenance manage managers manchester manner marine marked marks mate math matt meal meanwhile
        4.5 meetings membership memories messages miami michigan miller minds mirror mistakes monster monthly moral motor mount
        4.5 mountains multi musical mystery naturally nearby necessarily neighborhood networks nfl nights noise nose objects
        4.5 obtained occur offensive offices officially olympic olympics operate opposed organized origin outstanding package
        4.5 paint pakistan palace panel pants parking partnership passes payments peak penalty percentage permission personality
        4.5 pet philosophy phones photography pilot pink plastic plate pocket pointed politicians porn portion pounds poverty
        4.5 practical practices prepare presidential pride primarily princess principal print processes processing producing
        4.5 promised proposal protected protein protest proved province publication purchased purposes puts qualified quit
        4.5 quote racing railway rape rating raw reaching recognition recognize recognized recommended recording refer reform
        4.5 refused regardless regions registered regularly regulations relative relief repeat replaced reply reporting representatives
        4.5 represented represents republicans reputation rescue resistance respectively respond resulting retail retirement
        4.5 returning rice rid ridiculous riding rising roads rolling roman rome roof rough rush sample santa sarah scheduled
        4.5 scientists seasons seats secondary select semi sensitive server sessions settlement shame sharp shipping ships
        4.5 shock shortly shoulder shower sight significantly silence silent simon sing singer situations smell smoking soccer
        4.5 solar soldier solutions somehow somewhat sons sought soviet speaker spoken stable statements stations stayed staying
        4.5 steam stephen stronger strongly structures studied successfully suffer suffered suffering suggests superior supplies
        4.5 supporters surely surrounding survive suspect swear sydney symptoms tall tears technique techniques temple temporary
        4.5 tested thats theatre therapy thick thin threw tie tied tim tip tone tons topic toronto tower tracks tradition trail
        4.5 transition trend trick tries ultimate uncle universal unknown unusual updated valuable vast violent visited visitors
        4.5 visual voters wanting wash waters wealth weapon wet wheel widely wilson wise witness wondering woods worldwide
        4.5 writers yards zealand
        4.4 abandoned abroad achievement acquired actors adds afterwards agriculture alexander alleged allen alliance alright
        4.4 amendment amounts anderson android andy anger angle anna annoying anthony arab architecture argued arizona arrival
        4.4 arrive arthur asks asleep aspect assault assigned assist associate assumed atlanta atlantic attempted austin automatic
        4.4 avenue awareness badly bags bands banned bath beating begun behalf behaviour believes belong belt bench berlin
        4.4 bid bishop blocks boost boring bother bro broadcast buddy bureau buried butter bye cambridge capture captured cares
        4.4 centers cents ceremony channels charlie chase checking christians citizen clark cleaning clock coat collect colonel
        4.4 columbia comfort comic commerce commissioner commitment commonly compete components comprehensive conclusion concrete
        4.4 confident confirm congratulations connect consent consists consumers containing contracts contributed controls
        4.4 convinced cop copies cops cousin crack crap creek cricket crimes critics crystal currency custom cuts daddy dallas
        4.4 damaged dave dean decent deck decline deeply defensive delay demands denied describes desert designer designs desk
        4.4 destruction diamond diego dies disappointed disaster discover diseases disney divorce doc downtown dragon dramatic
        4.4 dressed drinks drove dust dutch ear ears economics efficiency efficient electrical electricity elite emotions employed
        4.4 enemies engage engineers enjoying entering enterprise entrance episodes equally essentially establishment evolution
        4.4 exhibition expectations expecting experiment explains explanation exposure extraordinary fallen farmers fate fbi
        4.4 featured feb females fiction figured findings firms fitness flower foods forgotten forth forum francis fraud frequency
        4.4 friendship funeral gaming gary gene genuine ghost gifts glory gods gordon grass grounds guarantee guests gym hadnt
        4.4 handed handling happiness harris headquarters hearts helpful hence heritage hire hired hockey honey honour hook
        4.4 hop hopes horrible horror houston https hunter hunting ideal idiot illinois illness immigrants improving increasingly
        4.4 incredibly industries initiative injuries insane inspiration installed institution instructions intense interviews
        4.4 introduce iphone iraq islam islamic israeli jane jay jean jimmy journalist judges juice kansas kelly keys kicked
        4.4 kings kit knife lab label landing lands landscape languages lately lawyers layer legacy legend lessons lieutenant
        4.4 lifetime liquid lists liverpool locked log logic lowest maintained makeup managing maps marry matthew medal meets
        4.4 melbourne memorial merely mexican microsoft mill min mini minority monitor mood morgan mortgage moscow mum muscle
        4.4 muslims nah naked narrative narrow nba nervous newly nov nowhere nurse objective observed obtain occasion occasionally
        4.4 odd opens opinions ordinary organic organisation output ownership oxford pace pan participants participate passenger
        4.4 passion patrick patterns pen pennsylvania persons phil philadelphia physics picking pitch pizza plain pleased poetry
        4.4 pope possession posting pot potentially pray prayer presents principles printed priority prisoners privacy procedure
        4.4 procedures producer profits programming promotion publishing pushed pushing races racist rail raising rank rapid
        4.4 rarely ratio readers rear recall reducing reduction references reflect refuse regard regret regulation rejected
        4.4 remind remote repair replacement representing researchers residence resident resort resource resulted retired reveal
        4.4 reverse rocks roger roles romantic root ross roughly routine rugby saint sake salary sand savings scary sciences
        4.4 scores scoring script searching seattle sections seed serves settle settled sexy shadow shaped sheet shell signing
        4.4 silly sin singles sisters sixth skill smooth soil solve speaks spell spin spiritual stages steal stolen stomach
        4.4 stops strategic string strip struck studying styles subjects subsequent suck sucks sudden suitable summary supports
        4.4 surrounded survival sweden swimming sword syria tag tape telephone theyd thirty tho thread threatened throwing
        4.4 thrown titles tongue towns trans transferred translation trash tube ugly universities ups vacation valid vegas
        4.4 victoria virus visible visiting vital vol wage walker walter ward waves wayne wed welfare whereas whilst whoever
        4.4 wings winners wire wisconsin worker wouldve writes yep
        4.3 absence acceptable accounting acquisition acted addressed ads affair agenda aggressive agricultural alabama alarm
        4.3 alert ali alice alien allies ambassador amongst angels anime ann anne announce announcement answered apparent apps
        4.3 arena arguments arranged arsenal asshole ate athletes attacking attempting attending attracted auction aug autumn
        4.3 awarded awkward backed bang banking barry bass bat bears beast beef billy biological bite blast blocked bloody
        4.3 blues boards bold bonds bones boom boots borders bow boxes brands brave breast breathe breathing bruce bull burned
        4.3 butt calendar cameras cameron candy cape carrier carter categories celebration celebrity centuries certificate
        4.3 challenging chaos characteristics checks chelsea chemistry chip choosing churches cited claiming classical classified
        4.3 clay cleveland clip cnn coaches coaching coins collaboration colleagues collective column commit commonwealth communist
        4.3 compensation complaint component composed composition computers con concentration concepts concerning concluded
        4.3 connections conservation consideration conspiracy constitutional constructed consumption contribute contribution
        4.3 contributions controversy conversations convince cooper cooperation copper corp corps corruption cotton counting
        4.3 counts couples courage craft creates credits crossed crossing crucial cure dare darkness database dated daughters
        4.3 dawn dec deeper default defending define del delhi delicious density deny dependent derived deserves desperate
        4.3 detroit devil dialogue difficulty disabled disappeared discount discrimination discussions disorder dispute distinct
        4.3 distributed districts diversity documentary domain dozen drag drives dropping drops dual duties dynamic earnings
        4.3 ease edinburgh edit edited editing educated elementary eligible enable encounter encouraged engagement engines
        4.3 epic equality equipped equity estimate estimates ethnic eve exam examination exception executed execution existed
        4.3 exit expand expanded expenses experimental explore extend faculty failing fails fame fancy favour federation feedback
        4.3 feeding fewer fifty fighter filter finishing firing fiscal fits fleet flood followers fool footage fortune foster
        4.3 framework franchise frequent frozen fuckin fundamental funded furniture galaxy gardens gates gathered gen generated
        4.3 generations genetic genius giants glasses globe goodbye gorgeous grades graham grateful grave greatly greece guaranteed
        4.3 guardian guards guidance gulf hamilton hardware heroes hiding highlights hilarious hillary holes homeless hoped
        4.3 hospitals huh humanity hurts ian ignored implementation impressed impression improvements inches indiana indicate
        4.3 indicated infection innovation input instagram instant instrument instruments integrated intellectual intelligent
        4.3 intent intention interaction intervention invest investigate investments investors invite involve involvement involves
        4.3 iowa isis jacket jazz jerry jet johnny jokes jon jonathan josh journalists judgment justin kate kennedy kentucky
        4.3 kills knee knight knock laboratory larry las lawrence leather legislative liberty lifestyle lighting lincoln lips
        4.3 lisa listing literary lmao logo loop lover luxury lyrics madrid mainstream malaysia mall manual manufacturers margin
        4.3 maria mars maryland mask massachusetts masters mature mechanical mechanism menu midnight ministers minnesota missouri
        4.3 moderate monitoring moore mothers mounted mouse movements murdered murray mutual nazi netherlands nigeria nope
        4.3 nursing nuts occasions occupied occurs oct odds offense oklahoma ongoing opera operated operator oral oregon oscar
        4.3 ought outcome overcome overseas packed painful painted panic parallel parks participation partly passage passengers
        4.3 pays peaceful peoples performances periods petition philip philippines photographer photographs phrase physically
        4.3 piano pin pit polish poll pound praise precious preferred pregnancy premium preparation preparing presentation
        4.3 pretend prevention priest principle printing producers progressive prominent promoting protecting proven psychological
        4.3 psychology publications publicly pulling pump punch punishment purple pursue quest racial radiation radical railroad
        4.3 rally ranked rapidly rated reader realise recommendations recover referring refugees regarded regime registration
        4.3 relation relax releases reliable rely remarkable remembered removal removing rep repeated replied reporter representation
        4.3 requested requests requirement residential responded responses restaurants restrictions reveals revenge reward
        4.3 rick rings rio rip risks rivers rob robin rocket romance roots rounds ruin ruined ruled ruling russell sacrifice
        4.3 samples satellite satisfied sauce saudi scope screaming seal sean sec secrets seeds segment separated sept sequence
        4.3 shake shield shocked shops shore signals similarly singapore sized slave slide slip sole spaces spare specialist
        4.3 spectrum spots stability stats stays steady stem stocks stones stopping stranger strategies stretch stroke struggling
        4.3 stunning submit submitted substantial succeed sufficient sum summit surprising survived suspended swing symbol
        4.3 tables tail tale talented tanks tap targets tear technologies ted teen temperatures tennis terminal terror terrorist
        4.3 texts theater thompson threats throat ties tiger timing tissue toilet tokyo ton topics touched tourism toy trailer
        4.3 trains transmission trap traveling treating treaty trends trials triple tune turkish twelve twin ukraine underground
        4.3 uniform unlikely upcoming updates utility venture versions versus vessel veterans vietnam viewed virgin virtual
        4.3 virtually visits voices volunteer volunteers waited walks warren warriors weed wherever wildlife wisdom wishes
        4.3 witnesses wolf wooden wore worn worship worthy wounded yea
        4.2 aaron abc abilities abortion acceptance accepting accessible accidentally accidents accompanied accomplished accuracy
        4.2 acknowledge acres actively adams adapted additionally admission adopt adoption adventures advised advisory advocate
        4.2 affects affordable afghanistan aids aimed aims airlines aka alaska albert albums alpha amateur amy animation annually
        4.2 anonymous antonio anytime apologize appeals appearing applies applying appreciated approached approaches approaching
        4.2 arc argentina arguing arrangement arrangements arriving artificial artistic ash asset assignment assuming attendance
        4.2 attract aunt aviation backing backup bacon bacteria baker balanced baltimore barbara barcelona bare barrel barrier
        4.2 basement bases batman battles bearing beaten beats beds beings belgium beliefs believing belongs beloved beneath
        4.2 benjamin beside beta bias bin biology birmingham bitcoin bits bitter blacks blade blake bless blessed blowing blown
        4.2 boats bobby bombs boot bored bottles boundaries boxing branches brazilian brick briefly bronze brooklyn brush bubble
        4.2 bucks bug bulk bullet burden burns burst buyers campaigns campbell camps canal cancel cancelled caps cargo caring
        4.2 carl carpet carries casino casting casual catching cattle cave ceiling celebrated celebrating census certified
        4.2 charging charlotte charter charts cheaper cheating chef chemicals cherry chill chips christianity christopher chronic
        4.2 chuck cia cinema civilian classification classroom cleared clever climb clinic closest clouds clue coalition coastal
        4.2 cock codes coin cole collapse collecting collections colleges collins colonial colored colours com comics commentary
        4.2 communicate competing complain complaints completion compliance compound compromise confusion congressional connecting
        4.2 conscious consecutive considerable consistently contents continuous contrary controlling controversial convenient
        4.2 conventional conversion converted convicted copyright corn corporations correctly costa costume couch counsel counties
        4.2 craig creator creature creatures cried criminals criteria crop cruise crush cultures custody customs dam danny
        4.2 deadly dealer dealt decides declined decrease deemed defeated delayed delete deleted democrat demonstrate demonstrated
        4.2 denver departments departure depend deposit der des describing designated desired destination destiny detective
        4.2 determination developer developers developments devoted diabetes diagnosis differently difficulties dig directions
        4.2 dirt disability discipline discussing disgusting dish dismissed displayed distant distinguished diverse divine
        4.2 dominant dominated dose douglas dressing duck dvd eagles earl earning earthquake egyptian eighth elderly electronics
        4.2 eliminate emails embarrassing embrace emerged emerging emma emotion emperor emphasis employer employers endless
        4.2 enormous errors escaped essay ethics evaluation evans examine excess excitement exclusively exhibit expanding expense
        4.2 experiments explaining exploration explosion export farmer farming fastest fears fence fever fifa fighters fights
        4.2 filling filming finest fires flesh flew flights flip floating fluid focusing folk forcing forgive formerly forming
        4.2 forty franklin fred functional furthermore gains garage garbage gather gathering generate generous genre gentle
        4.2 gentleman germans glasgow gop gospel gradually grain grammar grandfather grants graphic graphics gravity greg grid
        4.2 grows guidelines habit habits halloween hammer handled handsome harbor harvard harvey hated hates hawaii healing
        4.2 heating helen highlight hiring hitler hiv holder holidays hood hosted hosting hosts hotels humor hung icon identical
        4.2 identification idk illustrated imagination imperial implement implemented imposed incidents incorporated indians
        4.2 indicates indigenous indonesia infinite influenced inform inquiry insight inspector installation instantly integration
        4.2 integrity inter interactions interpretation introducing invasion invented invested investigations ion iranian isolated
        4.2 itd jacob jake jam jamie jealous jennifer jeremy jerusalem jessica jose jumped jumping keith ken kent khan kicking
        4.2 kidding knees knocked landed lap laptop laser laughed laura layers laying lazy leaf lease legally legendary legislature
        4.2 legitimate lens leo lesbian liability licensed lied lightning lion lions listened lit liver loaded loads lonely
        4.2 longest louisiana lovers loyal loyalty madison magical magnetic maine maintaining maker makers males mama manhattan
        4.2 manufacturer mar marathon margaret marie marijuana mario marshall marvel mathematics meals measured medication
        4.2 mentally mercy meters metres metro metropolitan michelle mills minded mines missions mississippi mitchell mixture
        4.2 modified monsters moreover morris motivation mps municipal mysterious nail nasa nasty naval negotiations neighbors
        4.2 neil nelson nerve netflix neutral nevertheless newspapers nightmare noble nominated nonsense norway notion oak
        4.2 occupation oldest oliver ontario operational operators opponent opponents organisations orleans ours outdoor outer
        4.2 outfit overnight owns oxygen paintings palm par parade paradise parker parliamentary partial partially participating
        4.2 pat patch patent patience pension perceived perception permit perry phoenix photograph physician pic picks pics
        4.2 pie pipe piss pissed placing planes plates platforms playoffs pleasant podcast poem poet pointing poland pole politician
        4.2 pollution popularity populations portfolio portland portrait poster powder powered practically precisely preliminary
        4.2 premiere preserve presidency prisoner privilege proceed proceedings produces productive productivity professionals
        4.2 promises promoted propaganda proposals protests protocol pub punk pupils pussy qualify quarters queensland quietly
        4.2 quoted quotes rachel racism radar raid ram rangers ranging ranking ranks rat ratings reaches react reactions reads
        4.2 realistic receives reception recipe recovered refers reflection regards regulatory relate relating relatives remarks
        4.2 reminded reminds repeatedly replacing reserved reserves resist resolve respective responsibilities restore restricted
        4.2 retain reviewed revolutionary rifle rival roberts robinson robot rocky rolled rolls ron routes roy rubber rude
        4.2 runner russians sacred sadly safely saints salad samuel sandy satisfaction scandal scenario scholarship scientist
        4.2 scratch screening screw secured securities sends serial settings seventh shade shed sheep sheets shelter sheriff
        4.2 shine shirts shoe shorter shoulders shy signature significance simultaneously sink sits situated sizes skip slavery
        4.2 slaves slept slight smiling snake snap soap socialist solely sometime sony sooner sorts souls soup southeast speakers
        4.2 spider spirits sponsored sporting spotted spray spreading springs spy stake stanley stating stealing stepped steven
        4.2 stewart stole stored strain streaming stressed strict strictly strikes striking structural subsequently substance
        4.2 substitute sue suggesting suggestion suggestions suite suits sunshine supplied surveillance susan suspected suspension
        4.2 sustainable sustained swedish swift swim swiss switzerland syndrome tackle tactics targeted tasks taxi tbh teens
        4.2 tennessee tension terrorism terrorists terry testimony thai thailand themes theories thou threatening tier tigers
        4.2 timeline tobacco tommy torture touching tourist toxic toys trace tracking traded transaction transactions transformation
        4.2 transit translated trapped travelling treasure treasury tribute tricks trigger trips trophy tropical trucks trusted
        4.2 tunnel turner tweet twins twist tyler ugh ukrainian ultra uncomfortable underlying unemployment unexpected unfair
        4.2 unions unity unnecessary upgrade urgent usage useless utah vancouver vary vegetables venue verse vertical vessels
        4.2 veteran victor viewers villa villages vintage violation vocal volumes von vulnerable wages wallet warned warrant
        4.2 warrior wasted watson weakness wealthy websites wells welsh wheels wider widespread winds wireless woke wondered
        4.2 workshop worlds worries wound wrap wrapped wright wtf xbox yield yoga
        4.1 aboard abstract accent accommodation accordance ace achievements acknowledged acquire activist activists addiction
        4.1 addresses addressing adjacent adjust adjusted administrator adorable advances advantages advise affecting agreements
        4.1 agrees alike allegations allegedly allied ally alternate altogether ambulance animated answering anticipated anxious
        4.1 appearances applicable appreciation approve arabia architect archives array arrives arrow artwork ashamed ashley
        4.1 assess assisted associates assumption assure assured athlete athletic attraction austria authorized availability
        4.1 avoided avoiding awake babe backs bailey ballot bankruptcy banner basin basket batteries beam beans beard bee beijing
        4.1 belly bend beneficial binding bio blank blanket bleeding blessing blew blocking bombing booth boundary brad brains
        4.1 breach breakdown breed breeding bride bridges broadway bros brutal btw bucket bud buffalo burger butler cabin cafe
        4.1 cage calculated cam canon capabilities capability cared careers caribbean carlos cartoon catherine cbs celebrities
        4.1 cemetery centres chains challenged chambers chancellor chapters charm charming chasing cheat cheer cheers chick
        4.1 chiefs chile cigarette cigarettes circles citizenship civilians cliff climbing closet closure cognitive coke colin
        4.1 colony combine commented commons compact companion comparable comparing competitors complaining completing computing
        4.1 concentrate conducting confirmation conflicts connecticut consciousness consensus consequence conservatives consisting
        4.1 console consultant consulting contacts continent contractor contributing controller convert conviction cooked cookie
        4.1 cookies cooling corners corresponding corrupt couldve courtesy cow cruel cruz cuba cult cups curriculum curse curve
        4.1 cycling dairy dakota damages darling deadline deciding declaration deer defender deficit delighted delivering delta
        4.1 demanded demanding demo demon demonstration dennis dental depressed derby deserved destroying detected detection
        4.1 diameter diary dining diplomatic disagree disappear disc dishes disorders displays distinction dive divide divisions
        4.1 doll donated donations dozens dragons drain draws drill drum dubai dublin dump duo duration dynamics eagle earliest
        4.1 easter eaten eddie edges editorial elaborate elder electoral elephant eleven embassy emily emissions enabled encountered
        4.1 encouraging engaging enhanced entertaining entity entries essays est establishing eternal ethical euro evolved
        4.1 examined excellence excessive exercises exhausted expertise exploring exports fabric fabulous facial fairy faithful
        4.1 farms fascinating fatal fathers feminist fiber fifteen fig filmed financing fitted fitting fixing flags flame flexible
        4.1 flies flows focuses fold forecast forests freak freely freeze fried fruits frustrated gaining gambling generic
        4.1 genes gentlemen gently genuinely glorious goodness governance governing grabbed graduated graduation grandma grandmother
        4.1 grief grip grocery guided guilt guinea halfway ham handful happier happily hardest harmony harrison harsh haven
        4.1 heal heated heels heights helicopter hint historically hmm holland holmes homework honored horizon horn hostile
        4.1 households hub hug hughes hull humble hunger hurricane hurry hurting hybrid iconic imagined immune implications
        4.1 import importantly independently indicating indication indoor inevitable infected inflation influential ingredients
        4.1 inhabitants ink inn innovative insisted inspection install instances instruction intel intend intensity intensive
        4.1 intentions interactive interface intimate inventory investigated investigating investing invisible invitation ios
        4.1 ipad jeans jets jewelry journalism juan judicial julia julie jungle jurisdiction justify karen keen kenya keyboard
        4.1 kicks kyle labels lacking lakes lasted lasting laughs laughter laundry lawsuit layout lbs leak lean lecture legends
        4.1 lemon les lesser liberals libraries lifted lifting lighter linda linear lined lip loading locally lodge logical
        4.1 lords loses lucas lucy lung magazines mandatory manufactured marcus martial mason matching matrix meaningful measuring
        4.1 mechanics mentions merchant mere merit meter mice micro mighty migration mild minimal miracle miserable missile
        4.1 mixing molecular momentum monetary monkey montreal motivated motorcycle mud murphy muscles musicians myth nancy
        4.1 nathan nationwide nearest neighbor nest newcastle nicely nigerian nintendo ninth nomination noon norman northeast
        4.1 northwest notable novels nowadays nurses nutrition objectives obligation observation observe obsessed occasional
        4.1 olive openly operates optical ore organ organised oriented outcomes outlook outta overview overwhelming owe packing
        4.1 pairs pale palestinian panels parish particles passionate password pastor pathetic patrol pearl peer penalties
        4.1 penny pepper permanently permitted pete pets petty phd phenomenon pig pile pilots pine pittsburgh playoff plug
        4.1 pockets poems poison pokemon politically polls poorly ports portugal pose possibilities potato potatoes potter
        4.1 pour prayers precise predict predicted preference presenting preserved presidents pressed pressing presumably pretending
        4.1 prevented preventing prints priorities prof profession programmes promising pronounced proportion prosecution prospect
        4.1 prospects protective proteins proves provider providers provincial provision provisions publish publisher publishers
        4.1 pulse purchases purchasing purely pursuit putin qualities quantity quantum queens rage rainbow ralph rap raped
        4.1 rational realised realm rebel rebels receiver recognised recommendation reed reflected reflects reforms reign releasing
        4.1 reminder rental repairs reportedly requiring resolved respected responding restoration restored resume retained
        4.1 retreat rev revenues revised rewards richmond rides ridge riot ripped rises rod rogers rookie rope roster rotation
        4.1 safer samsung sandwich sang saves scan scare scholars scream sealed sectors seeks seemingly selfish sells senators
        4.1 sentenced sentences separately separation sergeant servant setup severely sexually shadows shaking shark shaw shocking
        4.1 shorts shouldve shout sierra silk ski skilled skull slot smartphone smash societies solved sounded southwest span
        4.1 specialized specified spectacular spencer sri stairs stamp stan staring starring statistical statue sterling sticks
        4.1 strangers streak streams strongest struggles stuart studios submission subscription subtle succeeded sunny supporter
        4.1 surgeon surprisingly surrender survivors suspicious sweat switched switching syrian tales tastes tattoo technically
        4.1 technological teenage teenager temporarily tender tends testament theft thoroughly throne throws thunder thy titled
        4.1 todd toe tolerance toll tooth tops torn tourists tours traditionally traditions tragedy tragic trainer transformed
        4.1 trauma traveled treatments treats tremendous tribe tweeted unbelievable underneath understands unfortunate unhappy
        4.1 unlimited urge vacuum valued valve variable variation variations victorian viewing vincent viral visa voter warehouse
        4.1 warner washed washing wasting watches wears whites widow witch wives worrying wounds wrestling yup zones zoo
        4.0 abandon abraham absent absurd abu abused accessories accommodate accomplish accordingly accurately achieving acoustic
        4.0 activated acute adapt adaptation adelaide adequate administered admiral admire adrian advisor advocates aesthetic
        4.0 affiliate affiliated aging airline alfred algorithm aliens alter altered alternatives aluminum amanda amber ambitious
        4.0 amid amsterdam analyst ancestors anchor angela ankle annoyed anyways apartments apology appealing apples appointments
        4.0 apr arabic arch architectural archive arctic argues arkansas armor arnold arrange artillery assembled assists associations
        4.0 assumptions asylum atomic attitudes attorneys attributed audiences audit authentic autism ave axis bachelor backwards
        4.0 badge bail ballet banana bangladesh barack bargain barn barriers beaches bean bees beg behave belonged belonging
        4.0 bennett bent bernard bernie berry betting bicycle billions binary bizarre blair blend blogs blonde blows boarding
        4.0 bolt booked borrow bothered bounce bout bowling bradley brady brake brandon brass brisbane bristol broadcasting
        4.0 broader brooks brussels bryan buck bugs builds bullets bulls bullying bump burnt buses businessman bust buttons
        4.0 buyer buzz cab cal calories camping cannabis cannon canvas canyon capitalism capitol carol caroline carriers cart
        4.0 casey cathedral caution cease celtic centered certification chairs championships chan chapel characteristic characterized
        4.0 cheek chen chi chin cincinnati circular circulation circus civic civilization claire clan clarke clash clause cleaned
        4.0 clearance clearing clerk clips closes cloth cluster cocaine cohen coincidence col collar colleague collision colombia
        4.0 columbus columns comeback comedian commands commissioned compassion compatible compelling compiled complained complexity
        4.0 complications comply compounds concentrated concerts conclusions condemned conferences configuration confusing
        4.0 congrats conscience considerably considers consistency construct consultation consumed contacted container continental
        4.0 continuously contractors convenience convincing cooler cope cord corrected correction cos cottage cough counted
        4.0 countless coup coupled cousins cowboys cracked crashed creativity creepy critic criticized crops crowded crude
        4.0 crushed cum curiosity curry cyber cylinder czech dale dame dancer dash deaf dealers debates debts deceased declare
        4.0 decreased dedication defendant defended defenders defining delays deliberately delicate delight demons den denial
        4.0 denmark dense denying deployed deposits depot derek designers desires desperately detect detention determining
        4.0 diagnosed diamonds diana dictionary diesel differ digging dignity dimension dimensional dimensions dip disappointing
        4.0 disappointment disclosure disk disposal disputes distinctive distress disturbing diving divorced dock doctrine
        4.0 documentation documented donate donation dot doubts doug dragged drake dramatically drank drawings dresses dried
        4.0 drone dudes duncan dylan eager eats ebay echo editors edwards effectiveness ego elect elegant elevated elevator
        4.0 eliminated ellen ellis embarrassed emotionally employ encounters enforce enhance ensuring enterprises enters enthusiasm
        4.0 entities entrepreneur environments equation escort essence evaluate evident exams exceptional exceptions exchanges
        4.0 excuses execute executives expectation expedition experiencing explicit explicitly explosive expose expressing
        4.0 extending extends extract eyed facilitate factories failures favorites feast feat ferry filing finale financially
        4.0 finland firmly fisher flames flavor fled flexibility flooding floors florence flour flowing flu forbidden fork
        4.0 formally fortunate fortunately fossil foul foundations founding fraction frames frankly freaking frederick freezing
        4.0 freight freshman fridge frontier frost frustrating frustration functioning fur furious fusion gameplay gauge gdp
        4.0 generating geneva geographic geography gig glenn gloves goat goddamn goddess goin gov gps graduates grande graph
        4.0 grasp guides gut habitat hack hampshire handy hannah harassment harbour hardcore harmful harold harper hart harvest
        4.0 hatred hats hazard headache headline heck helmet herald hers hes hike hindu hispanic holders holdings hollow homeland
        4.0 honesty hudson hugh hydrogen hype identifying ideology idiots ignorance ignorant ignoring immigrant impacts implies
        4.0 imported inappropriate incentive inclusion inclusive indie indirect induced infant infantry infections influences
        4.0 ing initiated initiatives injection innings insects insert insist inspire inspiring institutional instructor instrumental
        4.0 insult intact intake integral interact interference interim intermediate internationally interstate interviewed
        4.0 invention investor iraqi irrelevant isolation itunes jackie janet java jaw jefferson jerk jesse jin joan joel joins
        4.0 joking judged judging julian junk justified kane karl katie keeper kenny kidnapped kidney kindly kindness kissed
        4.0 kissing kitty knights ladder lamb lame lamp lanes launching lauren lawn leaked lebanon lectures leeds legit leonard
        4.0 lgbt liar licence licensing lightly likewise liking lily limitations limiting lineup linking linux liquor lloyd
        4.0 lobby locals locker logan loser lottery louise luis lungs machinery madness magnificent magnitude mainland maintains
        4.0 majesty malcolm mandate manga mansion manufacture marble marc maritime marking martha massage matched mates mathematical
        4.0 meantime measurement measurements mechanisms medals median medieval meditation mediterranean mega melt memorable
        4.0 mercedes mercury merger messed messenger metals milan milwaukee mineral minorities minus missiles mistaken mob
        4.0 mobility modes modest monica montana moses motors mph mumbai munich murders musician nails namely nashville nato
        4.0 navigation nbc neat nebraska needing needle negotiate neo nephew nerves nevada newest nhl nhs nicholas nicole nominee
        4.0 nonetheless norwegian notably noting nude nut nyc oath obligations observations occurring oclock offence offset
        4.0 olds omg opposing orbit orchestra ordering organize organizing organs orientation origins orlando ottawa outbreak
        4.0 outlet outlets oval oven owen packages packaging pad pakistani pal palestine palmer paragraph parameters participated
        4.0 passive passport paths patriots pause pee peers pencil pending peninsula penis perfection performs phillips philosophical
        4.0 physicians pierre pigs pill pillow pills pipeline pipes pirate pirates pity placement planets planted plasma platinum
        4.0 plea pledge poker polar pond pork portable portal porter portions portuguese possess posters practicing praised
        4.0 praying precision prediction premises prescription preservation preview prey priced pricing priests privately prizes
        4.0 probability probe proceeds processed profitable prohibited projected prophet propose protesters provinces proving
        4.0 publicity puerto pulls punish punished puppy purse pursuing puzzle qualifying quarterback quarterly quebec questioned
        4.0 questioning rabbit raises ranch randomly ranges rankings rapper rats raymond rays reagan realizing reasonably reasoning
        4.0 rebecca recalled recipes reconstruction recreation recruiting recruitment reduces ref referendum refugee refuses
        4.0 refusing regulated rehabilitation reid reject relaxed relieved remainder remix renewed renowned replies reporters
        4.0 reservation resign resignation resigned resistant retire revealing revelation reynolds rhetoric rhythm rico rider
        4.0 riders ritual rivals robbery robots rockets roller roses rounded rub ruby ruins rumors runners rushed rushing ruth
        4.0 sail sailing sally salmon salvation sanctions sanders sara satisfy savage scales scattered schemes scholar scout
        4.0 screens screwed searched seasonal secretly secular segments seized seller semester sen sensible sensitivity sentiment
        4.0 seo sequel servants servers sexuality shades shakespeare shallow shane shanghai shapes sharks sheer shelf shifted
        4.0 shifting shifts shining shipped shitty shook shooter shoots shouting siblings sigh silicon simpson singh sins sixteen
        4.0 sketch skinny skirt slam slap slice slim slipped slower smallest smells sneak socially socks soda solving someday
        4.0 sophisticated sore sovereign spa spam spark specially specifications speculation speeds spelling spends spike spinning
        4.0 spite sponsor spouse sprint spurs stack stakes stance stanford stark starter stat static steak steep stepping stevens
        4.0 sticking stir straw strengthen strings struggled stuffed subscribe subscribers substantially suburbs subway succession
        4.0 successor suited sunset superb superintendent superman supervisor supplement supportive supposedly surfaces surgical
        4.0 surveys surviving survivor suspicion sweep symbols sympathy synthetic tab tablet tactical taiwan talents tan targeting
        4.0 teaches teammates teenagers telegraph tendency tense tent terrifying territories thanksgiving thatll thee theirs
        4.0 theoretical therapist thereafter thereby thermal thesis thorough threshold thumb tide til timber tin tire tires
        4.0 tits toast toes touchdown touches towers township toyota tracked traders trades traits transfers transform transparent
        4.0 travelled travels travis trek tribal tribes tricky triggered triumph troubles troy trunk tuition tumor tweets twisted
        4.0 uber uncertain uncertainty underwear unto upload upside urged usb usd utterly vaccine vampire variables varied
        4.0 varieties varying vector vegan verdict viable vienna vinyl violations visitor vitamin void voltage voluntary wade
        4.0 waist waking wallace walmart wang warfare warming warn weekends weigh welcomed westminster whale whatsoever wheat
        4.0 whip wholesale wicked width wilderness wipe wished wit withdraw withdrawal witnessed wolves wonders workout workplace
        4.0 wreck wrist writings wwe yelling yorkshire youngest
        3.9 a00 abbey abs absorbed abundance abusive accepts accessed accompanying accountability accountable accusations acids
        3.9 acre adjustment admin administrators admits advancing adverse adviser advocacy aerial affection aftermath aggregate
        3.9 aggression ahh aiming aired airplane airports albeit alberta alcoholic allah alley allowance alot altitude alumni
        3.9 amazed ambition amen ammunition ana anal analyzed anatomy andre andrea andrews angles annie announces announcing
        3.9 ant anthem antique apologies appetite applicants arbitrary architects arguably arise armies armstrong ashes assessed
        3.9 assignments athens atm attachment attractions attributes automated automobile automotive autonomous autonomy averaged
        3.9 awhile aye backyard bait bake baked baking balloon baptist bark barnes baron bastard batch battlefield beatles
        3.9 beautifully beers begging behavioral behaviors belfast bells berkeley beth bets betty beverly biblical biden bids
        3.9 bikes billboard biography blades blah blamed blaming blogger bloom blunt bmw bomber boo boobs booking bore boris
        3.9 borrowed bosses bra brakes breasts breeze brett brigade brighton broker brotherhood browns browser buddhist builder
        3.9 bulgaria bully bundle bunny burial burke bury butterfly buys cables cakes calculate calculations canadians canceled
        3.9 candle cardiff cardinal carnival carriage carson carved casualties catalog catalogue catches celebrations cellular
        3.9 cement censorship chad champ champagne charitable cheated chess chicks choir chorus christine chrome citing clarify
        3.9 clarity classics cleaner clicking climbed clown clutch cocktail coconut cod collapsed collector colonies coloured
        3.9 combining committees committing commodity comp competent compilation compliment composer composite comprises comprising
        3.9 conceived conclude conditioning confession confidential congressman conjunction consequently consist consisted
        3.9 constitute consult consume consuming containers continually contracted cooperative coordination coordinator coral
        3.9 correlation correspondence correspondent corridor costly costumes councils counseling countryside coupon covid
        3.9 cowboy cows cox cracking cracks crane crashes credibility credited crews cries critically crosses crowds cuban
        3.9 cubs cunt curtain curtis curves cuz cycles damaging damned dancers dangers danish darker davies debris decorated
        3.9 def defendants defines delaware delegates delegation delivers dem demographic demonstrates dentist deployment descent
        3.9 descriptions designing desirable desktop destructive devastating develops diagram dial directing directory disabilities
        3.9 discharge discretion discusses dislike dismiss dissolved distinguish distracted ditch dodge dodgers dolphins dome
        3.9 dominate donor dope doubled doubles dough downs drafted dreaming drilling drought drums ducks dug dull dumped dynasty
        3.9 easiest economies economist editions educate elevation elimination embedded emerge enables enabling endangered
        3.9 endorsed enjoyable enjoys enrolled enrollment entrepreneurs envelope epa erected espn essex estates esteem europeans
        3.9 eva examining exceed excluded excluding exhibited exotic expects explored explorer expressions extensively exterior
        3.9 fade fare farewell farther fashioned fatigue favorable fda feared feeds fellowship feminine feminism ferguson ferrari
        3.9 festivals fictional fierce filters finances finishes firearms fist flaws float fog fond foolish fools forehead
        3.9 foreigners forgetting forgiveness forums fountain fourteen fragile framed freed fringe frog fry fucks fulfill fury
        3.9 gabriel galleries gaps garcia garlic gasoline gaza gem generator genesis genocide geographical geometry gesture
        3.9 ghana ghosts gibson gif gifted gilbert ginger glance glen glow gosh gossip governed governmental governors grandparents
        3.9 grandson granite gratitude graves greens gregory griffin grind grinding grove guessing guild gum hacking hail halls
        3.9 halt han handbook handles hardy haul haunted hawks hay hayes header headlines headphones heather heavier hebrew
        3.9 heir henderson herbert heroin highlighted highways hiking hints historian hobby holly holocaust homer hometown
        3.9 hon honda honors hooked hopkins horizontal hospitality hostage hottest humanitarian hungary hunters hypothesis
        3.9 ibm idaho idol illegally illusion illustration illustrations imaging immense immunity implementing implied imports
        3.9 impose impress imprisonment inability incentives inclined incoming incomplete incorporate incorrect indicator individually
        3.9 indonesian inequality inevitably informal inherited ins insights instinct interfere interpreted interrupted intersection
        3.9 investigators inviting irony irs isaac ivan ivory jamaica jar jeffrey jenny jew joey joshua journals joyce judgement
        3.9 judiciary jumps jun junction juvenile karma kay kenneth kerry killers kirk knocking kurt labeled lacks lad lads
        3.9 lakers lance landlord landmark lang lanka lasts launches leagues leaks leaning leap learnt lebron legion leicester
        3.9 leisure lend lending lengths lengthy leon leslie lethal leverage levy liable liam liberation likelihood lil lime
        3.9 lining listings literacy litigation lively locate locks logistics lone lou lounge lowered luckily luther lynch
        3.9 lynn maid manages manila manipulation mankind manning manuel manuscript maple mapping marco marines marker marriages
        3.9 marsh marshal masks massacre masses maturity maya mcdonald med medicare meme memphis mentor merchandise merchants
        3.9 messy metric mia mickey midfielder midst migrants militia mindset minerals miners minneapolis mins mint misery
        3.9 misleading misses mistress mitch mlb mock mod modeling module moisture molecules molly mommy moms mon monk monkeys
        3.9 monroe montgomery monument morality morrison mortal mortality mosque moss motive mounting mtv muhammad museums
        3.9 mvp naming nationalist nationals nazis ncaa necessity necklace neighborhoods neighboring neighbourhood neighbours
        3.9 networking newer newton niche nickname nike nina ninja nixon noah node nonprofit norm notices notification nova
        3.9 nsa nursery oakland obamacare obrien obscure observer obsession obstacles obtaining occupy offended offshore oils
        3.9 onion opener operative oppose opt optimal optimistic optional orthodox outline outlined outs overhead overtime
        3.9 overwhelmed owed owl pac packs painter panama papa para parenting parked particle pasta paste patches peaks peanut
        3.9 penn performers permits persistent personalities perspectives perth peru peterson petroleum pharmaceutical pharmacy
        3.9 phrases pickup pierce pioneer pistol plague plains playstation plaza pointless poles polite pools popped pops porch
        3.9 portraits portrayed positively possessed postal pouring powell predictions preferences prep preparations prescribed
        3.9 pressures prestigious prevents princeton printer problematic proceeded processor productions professors profiles
        3.9 profound progression promotional prompt prompted prone proposition pros prosecutor prospective prosperity proximity
        3.9 ps4 psychiatric pursued qualification qualifications quantities quicker quinn rack radius raiders raids railways
        3.9 randy ranger readily readings rebellion rebuild receipt recession recipient recognise recordings recreational recruit
        3.9 reds referee reflecting refuge refund regiment regulate rejection relaxing relay reliability religions remembering
        3.9 remembers renaissance rendered renewable rented repeal rescued researcher reservoir respects resting retailers
        3.9 reunion reuters reversed reviewing revival rex richards richardson ricky rig riley rim riots risen risky roast
        3.9 robbed robertson robust rode rogue romans ronald roosevelt rows rubbish runway sack sacramento sadness saga salaries
        3.9 salon sanctuary satan satisfying scam scenarios sci scrap scroll sculpture seals searches seas seated sebastian
        3.9 secondly securing selective seniors sensation senses sensor sensors seoul sep sequences seth settlements settling
        3.9 seventeen shaft shareholders sharon sharply sheffield shells shepherd sherman shields shiny shortage showcase showers
        3.9 shuttle sided siege simulation sincerely sings sixty skies sleeve sliding slope smarter smiled smiles smoked snack
        3.9 snacks snakes sober socialism sodium solidarity sonic sophie sounding soundtrack sour sovereignty specialists specialty
        3.9 speeches sphere spice spinal spine spiral spit splash sponsors spoon spotlight squeeze stabbed stamps stare steering
        3.9 stern stiff storms stressful stretched stretching striker strips stunt subjected subsidiary substances suburban
        3.9 successive sucked sucking sudan sued sullivan sums sung sunlight superhero supernatural supervision suppliers surf
        3.9 surplus surprises suspects sustain swallow swap swept sworn symbolic sync systematic tablets tampa taxpayer taxpayers
        3.9 teddy tel tempted tenants tens tenth tenure terrace terrain terribly terrific terrified territorial texture thankful
        3.9 theaters themed theology therapeutic theres thief thirds thirteen threads threaten thrilled thriller thrust timely
        3.9 titans tomato tomatoes tomb topped tory toss touring towel traces trademark trafficking trails transgender translate
        3.9 transmitted transparency transported treasurer trevor triangle tribunal trilogy trim trinity trio troubled tub
        3.9 tubes tuned turtle ufc umbrella unacceptable unaware unclear uncommon unconscious und undergraduate undertaken
        3.9 underwater underway undoubtedly unemployed unified uniforms unite unlock unstable upgraded uploaded upstairs uranium
        3.9 url utilities utter vague varies vault vegetable velocity venezuela venice venues verbal verified verify vet vibe
        3.9 vietnamese villain vince violated virtue vladimir vocals volleyball voyage wagon walsh walt wax weaker wee weights
        3.9 whats wheelchair whistle whore wifi wikipedia willie winston wiped wires wishing withdrawn wizard woo wool workforce
        3.9 workshops yahoo yale yang yankees yay yearly yell yemen yields yourselves zip zombie
        3.8 a000 aaa abbott aberdeen aboriginal absorb abundant academics accelerated accidental accompany accomplishments
        3.8 accord accountant accounted acquiring activate activation addicted additions adjustments admissions admitting adopting
        3.8 advancement advertised advertisement advertisements afghan afl africans afterward agreeing ahmed albany alexandria
        3.8 algebra algorithms aligned alignment alison allan allergic allison allocated alt altar alternatively amended amendments
        3.8 amp amusing analyses analysts analytics analyze anglo antenna apollo apparatus appealed applause arabs archbishop
        3.8 archer ark armour arrows asap assassination assaulted asses assessments assisting assumes assurance athletics atlas
        3.8 atmospheric atoms attach attribute audition austrian automation avengers awaiting awe axe backgrounds backpack
        3.8 balancing balcony bald baldwin bangkok banker bankers banning barber barrels bash basics bats battalion batting
        3.8 bayern beams behold belgian belle betrayed biased bibliography bidding billionaire bind bishops bitches bites biting
        3.8 blessings bliss bloggers blu bluetooth bodily boeing boil boiling bombers bonuses borough borrowing bot bowls boycott
        3.8 boyd bracket bradford branded branding bravo breakthrough bred brewing brexit bricks broadly broncos brooke bruno
        3.8 bryant bubbles buddha buddies buffer builders bulgarian bulletin bum burton busted butcher bypass caesar cairo
        3.8 calcium calculation calgary calif calvin cancellation candles cane cans capita capitalist capturing cardiac cardinals
        3.8 carpenter carrie carroll catalyst catholics cautious cavalry ceased cedar celebrates certainty certificates chandler
        3.8 chapman charities charleston chatting cheapest cheeks cheering chester chickens chloe chooses chop chopped christina
        3.8 churchill circuits citation clara claude clifford clinics clues cmon co2 coding cody coffin coleman collaborative
        3.8 collectively collectors colorful combinations combo commanded commanding commenced commenting commercials commissioners
        3.8 commissions commitments communicating communism communists companions comparative compares comparisons compensate
        3.8 competitions competitor complement compression comprised compromised concentrations conception concludes conductor
        3.8 cone confess confined confirms confront confronted congo congregation connects connor conquer conquest cons consolidated
        3.8 constable constraints constructive contested continuity conventions convey cooperate coordinate coordinated coordinates
        3.8 copied cornwall corpse cosmic counselor counterparts crab crashing crawford crawl creators credible creep critique
        3.8 crow cruelty crushing crystals cube cue cuisine curb cursed curved cyrus daisy dana dances darren darwin davidson
        3.8 dawson daylight decay decisive declaring declining decoration decorations decorative decree dee deed deeds deepest
        3.8 defects definite definitions definitive deliberate delightful dementia demonstrating demonstrations dems departed
        3.8 depicted depressing depths designation despair dessert destinations destined detached detained determines dev developmental
        3.8 devils devon diagnostic diane dice differential digit dinosaur dioxide diploma disasters discharged disciplinary
        3.8 disclose disclosed disco discounts discourse discovering dispatch displaced disputed distances distraction distribute
        3.8 disturbed dividend diy doe doin dolls dom dominance dong donna donors doom doomed dorothy doses dots downloaded
        3.8 dragging drainage drawer dreamed drift drones drowning dubbed duchess dunno durham dwarf dye eclipse ecological
        3.8 economically economists ecosystem eden edgar eds educators efficiently eighteen eighty elbow elders eleanor electron
        3.8 elena elephants eligibility eliminating elliott elvis embarrassment embraced enacted encouragement encourages endorsement
        3.8 endure enforced enjoyment enlisted entertain enthusiastic envy enzyme epidemic equations establishments eternity
        3.8 eugene euros evaluated evan evolutionary evolve evolving exceeded exclude exempt exhaust exhibits exile expired
        3.8 explanations explode exploded exploit exploitation explosives exposing extensions extinction extraction eyebrows
        3.8 faction factions faint fairness fascist fatty favored fcc feathers felix fellows felony fertility filthy fines
        3.8 finite finn fireworks fixtures flagship flats flee fletcher flint flooded floods floral flown floyd flush flynn
        3.8 foam foil folded font forbes foremost forensic forge formats forthcoming fortress forwards founders fragments fraser
        3.8 freddie freeman freestyle fries fuels fulfilled fuller fundamentally fundraising futures gal gallon gamble gandhi
        3.8 gardner gateway gel gems genetics geological geology gerald glimpse globally glowing glucose glue goalkeeper goose
        3.8 gore govt gown grabbing graduating gram grams grandchildren grandpa greedy greene greenhouse grill grounded guarantees
        3.8 guardians guru guts hacked hahaha hairs hairy halo hammond handing hans harmless hatch hating hawk healthier hearings
        3.8 hears hearted heath heavenly heel herb herd heroic hesitate hid hierarchy hilton hindi hips historians homemade
        3.8 homicide honorable hopeful hormone hormones horns horny horrific hugo humidity humour hungarian husbands hut hygiene
        3.8 iceland ideally ideals identifies identities ideological imagery imaginary immortal imply imprisoned improves inadequate
        3.8 inconsistent incumbent indianapolis indicators infamous infants infectious inferior infinity inherent inheritance
        3.8 injustice inland inmates inning innocence inquiries insect insider inspirational installations instructed insufficient
        3.8 insulin int intentionally internally interpret interval intro introduces invalid investigator ira iris ironic isle
        3.8 iso issuing ivy jackets jade jared jelly jenkins jill johns johnston jointly joints judy jung justification kai
        3.8 kanye kashmir katherine kidnapping kilometers kilometres kindergarten kindle kits knives knox labs lace lacked
        3.8 lancaster lateral latino lego leigh lenses lent lib libya licenses lick lid lifelong lifts lightweight limestone
        3.8 lin lindsay liner literal livestock liz llc locking logging logs lookin lopez losers louder loudly louisville lowering
        3.8 luggage lunar lyon m00 madame mafia maggie maiden majors malaysian manners manor marched marching margins marina
        3.8 marion marketplace marrying masterpiece mat maternal maths matthews maurice maxwell mccain mechanic medications
        3.8 medicines megan mel melissa melody melted melting membrane memes memo memoir mentality mentioning merge merry mesh
        3.8 messaging messi messing metabolism metallic methodology metre mic mick microwave midwest migrant miguel milton
        3.8 minecraft minimize miracles miranda mirrors missionary mls modi modification modifications modify mohammed mold
        3.8 monitored monitors monopoly morocco moron mortar murderer myanmar myths nailed naive nap napoleon narrator nascar
        3.8 nash nat natalie nate nationalism nationally naughty neglect neglected negotiated negotiating negotiation neighbouring
        3.8 nepal nets neural newborn newman newport newsletter nickel niece nigel nineteenth nitrogen nobel nodes noises nominations
        3.8 norfolk norms northwestern norton notch noticeable notified notorious nsw numbered obesity obey objection obliged
        3.8 observers observing occurrence oceans offenders offerings offspring olivia omar omega onions ooh oppression ops
        3.8 opted organisms organizational originated ounce outfits outrage outrageous outright overlooked overly oversight
        3.8 owning pablo packers packet pads pains paired palestinians panthers paperwork pardon parental parody parole participant
        3.8 partisan partnerships patents pathway patricia patriotic paula paulo paypal payroll pdf peach pedro peel penguin
        3.8 pens pensions performer perfume persian persuade persuaded phantom phases phenomenal philippine phillip photographers
        3.8 photographic photoshop picnic pictured pier pinch ping pins pitched pitcher pitching pitt planting playground pleasing
        3.8 plots poets poisoning polished polling polo pony popping populated posed poses positioned possessions pots poured
        3.8 practiced practitioners precedent predecessor predictable predominantly prejudice premise premiums presenter prestige
        3.8 preston prevalent primitive prisons privileged privileges prix probable probation proclaimed professionally prohibition
        3.8 projection prolonged prom promo promotes promotions promptly prop protects protestant protesting protocols prototype
        3.8 providence psychic psychologist pumped pumping pumpkin pumps punched pupil puppet pushes pyramid python qatar que
        3.8 queer questionable queue quiz quo rails rainfall rains ramp rand raven reactor realizes rebounds receptor recipients
        3.8 reckless reckon recognizing recommends recovering recruited recycling redemption reef refined refreshing refusal
        3.8 registry regrets rehab reinforced relates relevance reliance relied relies relieve reluctant relying remake remarkably
        3.8 remedies remedy remotely render rendering renewal repaired repeating replay reproduction reproductive requesting
        3.8 res reservations reset resorts respiratory respondents responds restrict restriction resumed resurrection retailer
        3.8 retaining retention retiring retrieved revision rewarded rey rhode ribbon ribs rica rifles righteous rigid rita
        3.8 rivalry robbie rochester rodgers rom romania ronaldo roommate rooted rosa rotating rotten rover royalty ruler sage
        3.8 sailor sailors samantha sampling sanchez sandra sands sandwiches satellites sausage scar scars scent schedules
        3.8 scholarships scouts screams screenshot scripture seating seize selecting selfie sellers seminar settlers seventy
        3.8 shah shannon shattered shave shawn shelves shipment shores shotgun shouted shrimp sickness sights signatures silva
        3.8 sim similarities simmons simpler simplicity sims sincere singers sinking skating skeleton skiing skins slate slaughter
        3.8 slides slightest slopes slots slut smashed snapped sociology sofa softly solomon somerset soo sorted southampton
        3.8 sox spacecraft sparks spatial specification specify specimens spelled spells sperm spicy spiders spill splendid
        3.8 splitting spoil spoiled spokesman springfield stab staged stained stainless stall starbucks startup starving statute
        3.8 statutory steadily stellar stems stephanie stereo sticky stimulus sting stockholm straightforward strap strengthening
        3.8 strengths stripes stripped strokes structured stubborn subjective submarine suburb successes suffers sufficiently
        3.8 summers summoned sundays sunrise supermarket superstar supplements supplier supplying surge surgeons surrey surround
        3.8 surroundings sussex sustainability swamp swan sweater sweeping swinging switches swords sympathetic symphony synthesis
        3.8 syrup t00 tackles tagged tags tamil tapes tapping tasty tattoos taxation teachings teammate tearing tee telecommunications
        3.8 telescope temp temper tenant tended tensions terminated tesla testified testify textbook textile thankfully thatd
        3.8 theological thickness thieves thomson thoughtful threatens thrones thru tick tightly timothy tina tissues toddler
        3.8 token tolerate tones tories tornado tortured tossed tournaments traced traction tractor tracy trader transplant
        3.8 traps traumatic travelers tray treason trent trillion trout trustees trusts tucker tunes tunnels turf turnover
        3.8 tutorial twentieth twilight twitch typing uae ucla uganda undercover undergo unlocked unpleasant unprecedented
        3.8 unreasonable unrelated unsure unusually unveiled unwanted upgrades upwards urine username ussr utilize utilized
        3.8 vacant vaccines vagina valentine valuation vanilla variant vatican vegetarian vegetation vein veins velvet vendor
        3.8 vendors vent ventures venus vermont vernon verses veterinary vic vicinity vicious victories viewer vii vikings
        3.8 villagers violate violet vip visibility visions vivid vocabulary vodka voiced volcano wan wandering wardrobe warmer
        3.8 warmth warnings watts waving weaknesses webb webster weddings weighed weighing welcoming wellington wendy whales
        3.8 wheeler wherein whiskey whoa wholly willingness wines wired woody worm worms worthless wyoming yacht yelled zach
        3.8 zombies zoom
        3.7 abdul abnormal absorption abuses acc accelerate acceleration acclaimed accomplishment accredited accumulated accuse
        3.7 accusing acne acquisitions activism ada addict adjusting admired adore advent advertise aerospace afc aide aided
        3.7 airborne airways aisle akin alas ale alexis allegiance allocation almighty alphabet aluminium alzheimer americas
        3.7 amino ample amusement analog analogy analytical analyzing announcements antibiotics anticipate anticipation ants
        3.7 apex api apocalypse apologise apparel appliances appoint apprentice appropriately apt arbitration arcade archaeological
        3.7 arising arlington arose arrests arrogant artifacts ashton aspirations assassin assessing assholes assign assistants
        3.7 asthma aston astonishing atom attracting auburn auckland audi aurora authorization auxiliary avatar averaging awakening
        3.7 aww backlash backward bacterial badass baggage bakery bali balloons bananas bangalore banging bankrupt bans barracks
        3.7 barred bart baseline bathing bathrooms baths battling bbq beacon beads beasts beck bedrooms believer believers
        3.7 bella belts bending benedict benefited bengal betrayal beverage beware bieber bikini bilateral bingo bisexual blankets
        3.7 blaze bleed blink blockchain blogging boiled boiler bon bonding bonnie borne boulder boulevard bounds bounty boxer
        3.7 brace bracelet breeds brendan brent brewery briefing brighter broadband brock brokers brook budgets bulb bullied
        3.7 bumper bunker burgers butterflies byron caffeine calf cambodia canterbury capped capsule capt caption captive captures
        3.7 cardboard cardiovascular carey carlo carlton carr cartoons castro casually caves ceramic cereal ceremonies cha
        3.7 chalk challenger chang chaotic chargers chartered chased chew chic childish chili chilling choke cholesterol christie
        3.7 chronicle cinnamon circumstance cite clarence classrooms classy clayton clearer clergy clicks cliffs clone clusters
        3.7 clyde coaster coated coating coats coil cola collateral coma combines comfortably commanders commentator commentators
        3.7 commercially commodities communal compass compelled compliments comprehend compulsory concealed condemn confederate
        3.7 confessed confirming confrontation confuse congestion conquered considerations consolidation consortium constituency
        3.7 constituents constitutes consultants contaminated contamination contempt contention contests contingent continuation
        3.7 contributes contributor contributors controllers converting convictions convoy copenhagen coping copying corey
        3.7 cork cornell corrections cosmetic cosmetics costing councillor countdown counterpart courier courtney covenant
        3.7 coward cpu crafts credentials creditors creed crisp criticised criticisms croatia crossover crunch crust cubic
        3.7 cured curtains cutter cyclists cyprus dammit damon danced daniels daring das daytime debating debbie declares decreasing
        3.7 defeats defect defenses delegate deliveries dell deluxe demise denies dent depart dependence deploy deprived dept
        3.7 deputies descendants descended destroys detectives detector deutsche devastated devotion dictator dietary diets
        3.7 differs digest digits dilemma dime diminished dinosaurs diplomacy diplomat dire directive dis disadvantage disagreement
        3.7 disappearance disappears disappoint disastrous disciples disciplines discoveries disgrace disguise dismissal displaying
        3.7 disregard disruption dissertation distract distributor dividends dixon dolphin domains domination dominion dos
        3.7 dove downhill downloading downstairs downward doyle drafting drained dreadful drown drowned drummer drunken drying
        3.7 dumping dunn durable dusty dwelling dwight earnest ebook eco ecology efficacy einstein eldest eli elliot embracing
        3.7 emergence emirates emission emmy empathy emphasize emphasized employing employs enclosed endurance enduring energetic
        3.7 eng engineered enlightenment ensemble entirety equals erase erik erin ernest erotic escaping ethan ethiopia ethnicity
        3.7 evacuated evacuation evaluating eventual everton everytime exaggerated excel exceptionally exchanged exclusion
        3.7 exercising exhibitions exodus exp expelled expenditure exploited explosions extinct extracted faded falcon fallout
        3.7 faults favors feasible feather fernando fest fibre figuring filipino fills fin financed fined finnish firearm firstly
        3.7 fisheries fixture flashing flavour flawed flex flock flora fluids flyers focal folder folding footballer footsteps
        3.7 forbid forestry forged forgiven fracture frances franco freelance freezer frequencies friction friendships frightened
        3.7 frightening fucker fulfilling functionality funk gala gamma gangs gardening garrett garrison gases gavin gays gaze
        3.7 gears generals generates genetically genome genres genus gerard gettin ghetto gin girlfriends gladly gloria glove
        3.7 goats goodwill govern grabs gradual grains grammy granting grape grapes gravel grease greatness greed greeks greet
        3.7 greeted greeting greetings grilled grim groceries groove guessed guiding hacker hackers haircut haired haiti hal
        3.7 hallway hangs hank hare harley harness hashtag hassan hastings hawaiian hazardous hbo headaches healed heartbeat
        3.7 heavens hedge heh helicopters helpless hemisphere herein hides highland highlighting histories hoffman holt homosexual
        3.7 homosexuality honeymoon honorary honourable honoured hooker hopeless hose hourly housed hugs hulk hustle hyde hydraulic
        3.7 hyper icons idle ignition illnesses illustrate immature imminent imo impacted impaired imperative imposing impressions
        3.7 impulse inaugural incapable incomes inconvenience incorporating indictment indies indirectly induction ineffective
        3.7 inflammation inflammatory infrared ingredient initiate injected innovations insanity insecure inserted insists
        3.7 instability installing institutes insulation insulting insured integrate intends intentional interacting intern
        3.7 intervals interventions intriguing invaded invasive investigative invites ipod irene ironically irregular irresponsible
        3.7 irrigation irving ish istanbul jacobs jacques jakarta jealousy jeep jerome jess jewel jewellery johannesburg joker
        3.7 jonas jong judith juicy julius jumper jupiter justices kardashian kathy killings kingston kisses klein knit knot
        3.7 kumar kuwait laboratories laden lag lambert lamps landscapes laps lastly lava lays leaking learns lebanese lecturer
        3.7 lenders leonardo lester liberties limb limbs limitation linguistic lionel lipstick listeners litter liu locality
        3.7 longtime lump lure lust macdonald mack macro madonna mag magistrate magnet malicious mammals manifest manipulate
        3.7 manly mann mans manually marginal marilyn markers mart martinez marvin marx masculine maternity mattress mayo mccarthy
        3.7 meaningless meanings medicaid meredith merged merits meta metaphor mets meyer michel microphone midlands midway
        3.7 mil milestone millennium millionaire miniature minors misconduct mist misunderstanding mit modelling modules moist
        3.7 mole molecule monarch monarchy monks monte monuments moody morale mormon mornings mortgages motives motto mourinho
        3.7 mourning mouths mug municipality murdering muscular mushrooms mustard mute mutually myers mysteries nam nationality
        3.7 natives navigate ned needles needless negatively negro neighbour nerd neurons neutrality newark nightmares nikki
        3.7 ninety nissan nod noisy nokia nominees noodles norwich notebook nothin notifications notify notre nottingham novelty
        3.7 null nutrients obese objections observatory obstacle occupational offender offline offs ole oneill onset oops openings
        3.7 optimism optimization oracle orgasm oriental otto outdated outdoors outreach overlap overlooking overweight owes
        3.7 owing oxide pact paints palette pandemic panties paramount paranoid parcel partition passages patriot patron patrons
        3.7 patterson payne pcs pearson peasants peculiar pedestrian peek pence penetration penguins pentagon peppers perceive
        3.7 perceptions percy perez perimeter peripheral persecution persona peters petersburg petrol phenomena philosopher
        3.7 photographed pike pinned pint piper pits pixel plantation plaque pleaded pls plymouth pneumonia pod poetic policeman
        3.7 poop popcorn pornography porsche pos posing positioning postponed potent pottery ppl prairie prank prayed preach
        3.7 preacher preaching preceded preceding predator predators preferably prefers premature prepares presently preserving
        3.7 prevalence princes proceeding procurement programmed projections pronounce prophecy proportions proposes proposing
        3.7 proprietary props prose prostate prostitution protagonist protector proudly provisional proxy psychiatrist psycho
        3.7 pulp punches punching punjab puppies purity quad quantitative quartz quitting quoting rabbi rabbits radioactive
        3.7 rafael raining rainy rams ramsey randall rang ranged ransom rant rash ravens razor realism realities realization
        3.7 rebuilding recalls receipts receivers recognizes reconciliation recorder recruits recurring reddit reel referenced
        3.7 reflections refs reg regain rehearsal reinforce rejects relaxation remark reminding removes renew renovation repay
        3.7 replica representations resemble resembles reside residency resolutions respectable respectful responsive restart
        3.7 restoring retarded retrieve retro reunited reverend revive revolt rewarding rhodes richer richest richie rightly
        3.7 rigorous ringing ripe rituals riverside rna roar roasted roberto rocking rodney rodriguez roland roma romeo ronnie
        3.7 rooney ropes rory rot rouge routinely royals rubbing rug ruining rulers rumor rumours rust sac sacked sacrificed
        3.7 sacrifices saddle sailed salem salty salute salvador sane sank santiago santos saturated savior scanning scares
        3.7 scarf scenery scenic scheduling schmidt schooling scoop scotch scots screamed screened scripts scrub scrutiny scum
        3.7 seahawks seizure selections sensory separating serbia serum severity sewing shady shale shaping shaved shelters
        3.7 sherlock shin shirley shooters shootings shove shrine shrink shutting sidewalk sidney simplified singular sip skate
        3.7 skeptical sketches skipped skype slack slapped sleeps sleepy sleeves slick slipping slogan slowed slowing smartphones
        3.7 smashing smoothly sms snail snaps sniper soaked sofia softball sol solicitor solitary somalia songwriter sophia
        3.7 sophomore sorrow southeastern spear spears specials specimen spectators speeding spies sponsorship spontaneous
        3.7 spotify spreads spun spur squadron squares squirrel stain stalin staple starred starters stationed statistically
        3.7 steals steelers steer stefan stella stereotypes stevie sticker stickers stigma stimulate stimulation stirring stoke
        3.7 storyline storytelling stove strains strand stranded strangely strawberry stray strengthened stretches strive stud
        3.7 stumbled stunned stupidity stylish submissions subs subsidies sunglasses sunk supper suppress suppression sur surfing
        3.7 surveyed susceptible sushi suspend sutton sweating sweetheart swelling swings systemic taco tactic tails takeover
        3.7 taliban talkin taller tangible tapped tara tasted tate technician template temples tempo temptation teresa termination
        3.7 terminology textbooks texting thames theatrical theo theodore theorem thereof theresa thigh thighs thirsty thor
        3.7 thrill thrive thumbs tidal tile tiles tilt timer tinder tipped titan toby toilets tonnes torch tore torres tougher
        3.7 tow tract trainers trait traitor transcript transferring translates translations translator transmit travellers
        3.7 treasures treaties trench tri tribune trivial troll troop trophies trousers trustee trusting truths tumblr tuning
        3.7 turbo turks turnout turtles tutor tying unanimous unarmed unchanged uncovered underestimate undergoing understandable
        3.7 undertake undertaking unexpectedly unfinished unhealthy uni unlawful unofficial unpaid unpopular unpredictable
        3.7 unsafe unsuccessful unwilling updating upright uprising upward urges urging uruguay usc utc vain val validation
        3.7 validity vanessa vanished vanity variants varsity veil vengeance vera verb verge verification verizon versa versatile
        3.7 vest vibrant viii vine violating violin viruses vista visually vogue volatile volcanic voluntarily vows vulnerability
        3.7 wagner waits wakes wallpaper wander warns warranty warsaw watt weakened weighs weighted wesley whereby whichever
        3.7 whipped whisper whitney whove wii wildly willis willow winding windsor withdrew wong worthwhile wrath x00 xxx yeast
        3.7 yen yuan zen zhang zimbabwe zoe
        3.6 abby abdomen abdominal abducted abe abide abolished abruptly abusing accents accessory accumulation accusation
        3.6 accustomed acknowledging adapter adaptive addictive adequately adhere adidas adjustable admiration adolescent adulthood
        3.6 advertisers advisers advising advisors advocated advocating aesthetics affiliates affiliation affinity affirmative
        3.6 aggressively agnes agony aha ahmad airing alarms alec aleppo alerts algeria alicia align allergies allergy alliances
        3.6 alloy alma alpine alps altering amazingly ambient ambiguous ambitions amidst amnesty angus anita announcer antarctic
        3.6 anthropology antibodies anton apartheid apologized applicant approximate aquarium aquatic archaeology archie argentine
        3.6 arises armenia armenian armored arse artery arthritis aspiring assad assemble assert asserted assertion asteroid
        3.6 astronaut astronomy atheist atop attacker attain attained attendant attic attracts augusta aus australians authenticity
        3.6 authorised authoritarian autobiography autopsy avail averages avery await awaited b00 baba backdrop backstage bae
        3.6 baghdad bahrain balances bale ballots baltic bam bamboo bandwidth banners banquet barbecue barbie bargaining barker
        3.6 barrett barton basil bastards bates baton batter baxter beau beaver becky bedford bedtime beforehand begged beginnings
        3.6 behaved belongings benchmark benghazi benny benson bentley benz berries beverages billed billing bing binge bipolar
        3.6 births biscuits blackberry blackout bladder blitz bloc blockade bloomberg blossom bluff blush boasts bollywood
        3.6 bolton bolts bombay bombed booster booty booze bosnia bothering bouncing bourbon brackets bravery braves breaker
        3.6 breakup breathtaking brennan brew brightness brit broadcaster bronx browse browsing bruins brunswick brushed brushes
        3.6 brutality brutally buddhism buds buenos buff bulldogs bumps bun burma bushes businessmen buzzing c00 cache calculating
        3.6 calculator calculus caliber caller calmly calorie camel campaigning campuses canberra cancers canned capitals captains
        3.6 captivity caravan careless carmen carnegie carrot carrots cartel cartridge cashier caste casts casualty catastrophe
        3.6 catastrophic catering caucus cavity cbd cdc cds cellar cellphone cerebral chamberlain champs chant chanting chap
        3.6 charcoal charger checkout cheerful cheesy chefs chemotherapy cheryl chevrolet chewing choking chord chronicles
        3.6 chunk cigar cindy cinemas cinematic circa circulating cis citations cites citrus clad clare classmates claudia
        3.6 claw claws cleansing clears clicked climax clippers clive cloak clocks coached coca cockpit cocktails cocoa coded
        3.6 coherent collects cologne colombian colon coloring colt colts columnist combustion comet comforting comfy commence
        3.6 communion commute compartment compatibility competence complementary compositions comprehension compressed comprise
        3.6 computational comrades conceded conceptual concession concessions concussion conditional conditioned condo condolences
        3.6 condom condoms conflicting congratulate connectivity conrad constituent constituted constructing consul consulate
        3.6 consulted contacting contagious contend contender contestants contexts contracting conveniently converts convict
        3.6 conway cooks cooled coolest coordinating corporal corpus cortex coupons courageous courthouse courtroom courtyard
        3.6 cove cozy crafted crank craving crawling crescent crest crimson crises criticize criticizing crooked crowned crusade
        3.6 crypto culinary cultivated cultivation culturally curly currencies currents cushion cyclist cynical cynthia dads
        3.6 damascus damp dang danielle dante darkest darn databases debated debit deborah deception decks decor decreases
        3.6 defeating defective deficiency degradation demographics demolition denis denise departing deportation deported
        3.6 deposited derivative derivatives deserted deserving detailing devised dexter diaries diaz dicks dictate dictatorship
        3.6 differentiate differing dim din ding dir directs disappearing discarded discomfort discontinued discounted discourage
        3.6 discouraged discovers discrete discs disguised disgust disgusted dispatched displacement disposable disrespect
        3.6 disrespectful disrupt dissent dissolution distorted distressed distributing distributors disturb disturbance divers
        3.6 dividing dnc docks dominating dominic dominican donating donkey donovan doo doris dorm doubling dover dow downloads
        3.6 downstream drafts drastic drastically dread drills drip driveway dub duct duel duh dumbass dummy dundee dungeon
        3.6 duplicate dwell dynamite e00 earns earrings earthquakes ebola eccentric echoes economical ecuador edible edison
        3.6 edith edmonton edmund educating edwin elaine elastic electorate electro electromagnetic electrons elf elites ella
        3.6 ellie emblem emerald emergencies emerges emerson eminent empirical empowered enclosure encryption endeavor endorse
        3.6 endured enforcing enhancement enhancing enlarged ensures entertained enthusiasts entrepreneurship enzymes eps equilibrium
        3.6 erica erie erosion escapes essentials esther europa evangelical evelyn evenings evenly evidently examinations examines
        3.6 exceeding exceeds exemption exhausting expands explores expo exported exposition expresses exquisite extras fabrics
        3.6 facto factual fading falcons falsely famed famine fantasies fares fargo fart fascinated fascism fashionable fasting
        3.6 fats faulty favourites fax fearful fearing feminists fences fencing fertile festive fetch fetish fetus feud fiat
        3.6 fibers fiery fiji filmmaker filtering finalists fiona firefighters fishermen fitzgerald fixes fla flank flare flashes
        3.6 flavors flaw flawless fleeing fleming flick flipped flipping flirting flop fluffy flux flyer follower fooled forecasts
        3.6 foreman forex formations formidable forrest fortunes fowler framing franchises frankfurt frankie fraternity fraudulent
        3.6 freaks freedoms freeway freshly frogs fronts fueled fundamentals fundraiser funky funniest furnace furnished furry
        3.6 fuse fuss fuzzy g00 gadgets gag gaga gale gallagher gallons gamer gamers garment gazette geared gee geek generators
        3.6 generosity geo geoff geoffrey geometric georgetown gerry gestures gibbs gigantic gigs giles gill gimme gina glacier
        3.6 glitter gluten gmt goldman gomez goodman goodnight goofy gorilla gothic gracious grad graffiti granddaughter granny
        3.6 graveyard grenade grin groom gta guarded guatemala guitarist guitars gus gymnastics hague hai hale halftime halifax
        3.6 hamas hamburg hamlet hampton hancock handicap handmade handwriting hanged hanna hansen happiest hardship harlem
        3.6 harriet hartford harvested hash hassle hath hawkins hazards heap heartbreaking heavyweight hector helena helm helmets
        3.6 hen herbs hercules hereby herman hicks higgins highlands highs hindus hmmm hobbies hog hogan holden homage homeowners
        3.6 homo honduras honours hooks hoover hostages hostility hotter hrs html hugely hum humane humanities humility humorous
        3.6 hunted hurricanes hydro hymn hypocrisy hypothetical ibrahim icc ignores illustrates imagining immensely impeachment
        3.6 implication implying improper inaccurate inactive inauguration inception incidence incompetent incorrectly incurred
        3.6 ind indefinitely indications indicative indoors induce inexpensive inflicted influx informative informing infringement
        3.6 inherently inputs insecurity inspect inspections inspectors installment instincts instructors insults intercept
        3.6 intercourse interestingly internship interpretations interrogation interrupt intervene interviewing intimacy intimidating
        3.6 intuitive invade invent inventions inventor irrational irritating irwin isa isabel isaiah isles isolate italians
        3.6 jacksonville jailed jamaican jasmine jasper jaws jedi jen jennings jerseys jessie jewels jockey jolly jorge journeys
        3.6 judaism jul jules juliet jurisdictions karachi kat kathleen katrina katy kazakhstan keller kendall kenyan kernel
        3.6 kerr kickstarter kin kirby kitten knicks knockout knocks knots kobe koch kris kung kurdish labelled lagos lamar
        3.6 lan lana lancashire landlords lantern larvae latitude laurel laurie lawful lawmakers lawson lawsuits lea leafs
        3.6 leased leftist legislators legitimacy lena lender lennon leone leopard lesbians lettuce lever lexington liabilities
        3.6 liaison libertarian librarian lima lindsey linen linkedin lisbon listens lithium lizard lobbying lobster logged
        3.6 loneliness lookout loops loosely lotus lowe lucrative lumber luna luxembourg lydia lyric mackenzie macmillan madam
        3.6 mae mailing mails majestic malaria malik malone managerial mandated mango manifesto manipulated mantle manuscripts
        3.6 mao mare mariners marital marketed marty marxist mascot masked mastered mastery mats maximize mayer maze mccoy
        3.6 meadow meadows meds memoirs metabolic meth methodist metropolis midfield mileage miley militant militants milo
        3.6 miner ministries mis missionaries mister misunderstood mma moderately mohamed mohammad monaco monastery moonlight
        3.6 moose morally morals morton mosaic mosquito motel motherfucker motivate mound mp3 mri muddy mueller multimedia
        3.6 multinational multiplayer multitude mummy municipalities muse mushroom mustang mutant mutation mutations mystic
        3.6 mythology nanny naomi naples narratives narrowly nationalists neal needy negligence neon ness neville nexus nicer
        3.6 nichols nicolas nigga nightclub nile nineteen nipples noel nolan nominal nominate norris northeastern nostalgia
        3.6 noticing noun novelist nsfw nucleus numerical nun nutritional oaks oasis obsolete occupying oconnor oddly offences
        3.6 offend offenses ohh omaha ons onwards oppressed optic optics orbital orchard ordinance organism organizer organizers
        3.6 orphan osaka osborne oscars ottoman ouch outgoing outlines outraged outsiders outskirts overdose overhaul overlapping
        3.6 overs overthrow owens p00 paced paddy pagan painters pairing pals pam pamela pancakes panda panther paperback paradigm
        3.6 paradox paragraphs parallels parameter parsons pas passions passwords pathology pathways patriotism patty paved
        3.6 pavement pavilion payday peacefully peas peasant pedal peggy periodic periodically perkins perks perpetual pertaining
        3.6 pest peyton pga philly philosophers physiology piercing pies pigeon piles pillar pillars pineapple pissing pitches
        3.6 plaintiffs planetary plastics plateau plausible playboy playlist plc plead pledged plotting plumbing podium pointer
        3.6 poisoned poisonous poke policing poly polymer poorer poppy porcelain portray portsmouth possesses possessing posture
        3.6 potassium pounding practitioner pradesh prague praising pratt precautions precinct precipitation predecessors predicting
        3.6 premiership pres presbyterian preseason presentations presume presumed pretended priceless prick printers procession
        3.6 processors programmer progressed projecting proliferation prolific promoter proportional prosecuted prosecutors
        3.6 prosperous prostitute protections protested psalm pseudo psychiatry psychologists pubs puck pudding pup purge pursuant
        3.6 qaeda quarantine quarry query raced raf raging raleigh rallies rapids rapist ratios reacted reacting reacts readiness
        3.6 rebuilt rec receptors reconsider rectangular recycled redskins reductions redundant referral reflective reformed
        3.6 refrain refresh refrigerator regeneration regina regulator regulators rejecting relocation remarked remembrance
        3.6 reminiscent renovated renting rents repetitive replaces repost reproduce reps researched researching resemblance
        3.6 resentment residing resilience resin resisted resisting resonance respecting rested restless restraint restructuring
        3.6 rests retains revelations reversal revived rhino rhyme rib riches ridden rift rigged ripping rite rods romanian
        3.6 romney roofs rosemary rosie rotary rotate roth royce rubbed rudy rue rugged rum rupert russ rusty ruthless s00
        3.6 sabotage sacks safari safest salesman salvage sammy samurai sanctioned sandstone sanitation sans sap sarcasm sarcastic
        3.6 sasha satire satisfactory saturdays saul saunders savannah savvy saxon scaling scanner scans scarce scarlet schizophrenia
        3.6 scholarly scissors scooter scorer scratching screws sculptures seafood seaside secrecy seeded seekers segregation
        3.6 seizures seldom semitic sensing sentencing separates serena sergio seriousness sermon sewer sexist seymour shaken
        3.6 shakes shameful shampoo shareholder shaun shaving sheikh sheila shelby shes shines shipments shits shortest shri
        3.6 shutdown sibling sic sid signaling silently similarity simone simplest simulator sinclair sinister sis skipping
        3.6 skirts slammed slams slash slender sliced slices slippery slips sloppy smack smelling snapchat snp snyder soak
        3.6 socialists societal socio sock soils sonny sorting southwestern soviets soy spaghetti spared sparkling spec spectacle
        3.6 speedy spilled spokesperson sponge spree springer spying squash stabbing stacked stafford staging staircase stakeholders
        3.6 stalking stamped standardized standpoint staples stared statewide stationary statues steele stein steroids stevenson
        3.6 stint stitch stitches stokes storey storing strait stresses styled subdivision submitting subsidiaries subsidy
        3.6 substrate succeeding sucker suffolk suicidal sultan summed sunderland suns sup superficial superiority supervised
        3.6 supervisors suppressed supremacy surpassed surreal surrendered suv swallowed swansea sway sweaty sweetie sweets
        3.6 swell swipe swollen sylvia symposium symptom syracuse tabs tailor tailored tally tame tang tango tanner tanzania
        3.6 taps tar tariffs tasting teamed tease technicians tehran telecom temporal tempting tendencies tents termed terminals
        3.6 terminate testosterone tha thanked theoretically thicker thinner thirst thrilling thriving thugs tiffany tighter
        3.6 timed tipping tis titanic tolerant toni topping tor torque tottenham touchdowns toughest towels toxicity tracing
        3.6 tracker trailers trajectory transformers transforming transitional transitions transmitter transporting traveler
        3.6 trending triggers trinidad trolls truman trumpet tuberculosis tucked tumors tuna tunisia turbine typhoon tyson
        3.6 ukip umm unanimously unauthorized unavailable unconstitutional undefeated undergone undermine underrated underwent
        3.6 undo unfamiliar unidentified universally unlucky unnamed unreal unrest unseen unused upgrading upheld upsetting
        3.6 upstream utilizing utmost vacancy vaccination vale valencia valerie valleys valves vampires vans vapor var vastly
        3.6 venom ventilation veronica veto vibration victorious viewpoint viking vile villains vinegar vines violently visuals
        3.6 vitamins vocational volunteered vomiting vow waiter waitress walnut warden wards warp warrants wartime wary waterfront
        3.6 watering weakest weary weaver weber wedge wellness wembley wenger wes whatsapp whisky whispers whod wicket wickets
        3.6 wig wiki williamson willingly wills willy wimbledon winchester windy winger winnipeg winters wisely witches withstand
        3.6 witty wizards woah womb woodland worcester wordpress woven wrapping wraps wrecked wwii wyatt yankee yarn yogurt
        3.6 youngsters youthful youths yuri zack zinc zurich
        3.5 aap abandoning abdullah abel abiding abolish abolition abortions absorbing aca academia accelerating accessibility
        3.5 accessing accommodations accountants accreditation accumulate achilles acknowledges acquaintance acquainted actresses
        3.5 adapting addicts addison adele adhd adjoining administer admirable admittedly adobe adolescents adrenaline adventurous
        3.5 advert afforded aforementioned aggravated ahhh ain aires airplanes airs ajax ala alarmed alarming alberto albuquerque
        3.5 alcoholism alexa alexandra algae alias allegation alleging alleviate almond alonso aloud alterations alternating
        3.5 alto ama ambassadors ambrose ambush amd amelia amend amenities ammo amos amounted amplifier amused anaheim analyse
        3.5 analysed anarchy anc ancestor ancestry anchored andreas ang angelina angelo angular ankles annex annexed annoy
        3.5 anomaly antarctica anterior anthology antibiotic antibody antiques anyhow apache ape aperture apes apostle apostles
        3.5 appalling appendix applaud apprenticeship approx arabian arbor arches ari ariel arranging arresting arrivals arrogance
        3.5 arteries articulate asbestos ashore asians asphalt aspire assaults assemblies astounding astronauts astronomical
        3.5 atheism atleast atp atrocities attackers attendees attends attire auctions audible auditor auditorium audrey augmented
        3.5 augustine aura aussie authored autograph automobiles ava avalanche avenues avid aviv avocado avoidance avoids avon
        3.5 awaits axle azerbaijan babylon bach backbone baden badger badges bahamas ballistic ballroom bangs banter baptism
        3.5 baptized barbados barge barking barley barney barr bartender bashing baskets bathtub bauer bearings becker beckham
        3.5 beep beetle beginner beginners behaving beirut belarus benches beneficiaries benign berkshire bermuda bert beyonce
        3.5 bidder bilingual billie biodiversity biomedical birch birthdays biscuit bitten bitterness bjp blackburn blames
        3.5 bland blasted blasting blasts blatant blazing bleach blended blinded blizzard blockbuster bloke blond blueprint
        3.5 blur blurred blvd boarded boast bodied bohemian bolivia bombings bondage bonded bong boogie booker booklet boon
        3.5 boosted boosting boredom botanical bothers bottled bottoms bounced bounded boutique bowel bowen bowie bowler bowman
        3.5 bows boyfriends boyle braces brag brandy brat brawl breadth breakout breastfeeding breeders brenda brethren brewer
        3.5 brewers bribe bridal briggs brightest brilliantly brink brits brittany broadcasters broadcasts broccoli brow bruh
        3.5 brunch brushing bryce buchanan buckets buckingham buckle buckley budapest buffet bulbs bullies bumped bundles bunk
        3.5 bureaucracy burgess burgundy burlington burner bursting bursts buster butts byrne cabbage cabinets cadillac cain
        3.5 calcutta caleb camden cameo cameroon canals candid cannes canoe canopy canton caramel caretaker carlisle carolyn
        3.5 carts carving cas casa cascade casinos cass cassidy castles catcher catchy cater cathy cbc cctv cecil ceilings
        3.5 celestial celtics centralized centred ceremonial cervical chanel changer char characterization charismatic charms
        3.5 chassis che checklist cheeky chem chemist chennai cheque cherish cherokee cheshire chestnut chevy chilled chilly
        3.5 chimney cho choi choked chords choreography chores chromosome chrysler chu chuckle chunks cider cinderella circulated
        3.5 cisco civilized clamp clans clap clarification clarified clarkson clashes claus cleaners cleanse cleanup clemson
        3.5 cling clint cloudy clowns clueless coastline cobb cobra cocks coco coincide colder collaborate colourful comb comcast
        3.5 comedians comin commemorate commencement commits communicated comparatively compassionate compensated competed
        3.5 competitiveness complains completes complexes compose composers comrade conceal concede concentrating concise concluding
        3.5 concord concurrent condemnation conducts confederation confessions confidentiality configurations confinement confiscated
        3.5 conform confronting connector connie conor consciously consolation consoles consolidate consultancy containment
        3.5 contemplating contestant continents contraction contradiction contradictory contrasting convent convergence converse
        3.5 conversely convertible cores coronation corpses correcting correlated correspond corresponds corrosion corrupted
        3.5 cory cosmos coughing councillors counselling counters countess coupling coventry covert cracker crackers cradle
        3.5 crafting crappy crate crater crave creations creeping crib crimea cringe crippled criterion crocodile crosby crossings
        3.5 crossroads crowns crows cruiser cruising cub cues cuff cumberland cummings cumulative cunning cunningham curator
        3.5 curl curling customary cyclone cylinders dagger dalton daly damien dams dane dangerously dared dart dat dayton
        3.5 dealings dearly debuted decency declines dedicate deduction defends deferred defiance deficits deity deleting delusional
        3.5 demolished denim denounced dependency depicting depiction depicts depleted deposition derive derrick descend descending
        3.5 descriptive desperation despicable despise destroyer detachment detecting detectors deter detrimental devote dew
        3.5 diabetic dialect dialog diaper diarrhea diaspora dickens differentiation digestive digitally diligence dillon diluted
        3.5 diminish dine diner dinners diocese diplomats dipped dipping disable disadvantaged disadvantages disagreed disciplined
        3.5 disclaimer disconnect disconnected discord discriminate discriminatory dishonest disneyland dispersed dispose disposed
        3.5 disposition disruptive dissolve distinctly distortion distractions distributions diversion diverted divides divinity
        3.5 djs docs doctoral documentaries dolly donuts doorstep doorway doping dorsal dorset dosage doubtful downfall downside
        3.5 draining drains dramas drifting drilled dripping dryer dubious dudley dumpster dunk durability durant dvds dysfunction
        3.5 eagerly ecclesiastical ecosystems ecstasy eddy edged edt educator egyptians eighteenth eleventh elijah eliot eliza
        3.5 elk elusive emailed embarked emphasizes empower empowering empowerment empress encyclopedia endeavour endings endlessly
        3.5 endowment energies engagements engraved enlightened enriched enrichment enrique enroll ensuing ensured entertainer
        3.5 enthusiast entitlement entrusted envoy epilepsy equip erased erect erection ernie ernst eruption escorted esp espionage
        3.5 establishes estimation estonia ethanol ethic ethiopian eur evacuate everett evidenced examiner excavation excerpt
        3.5 executing exercised exeter exhaustion existent existential exits expectancy expenditures experimentation experimenting
        3.5 expiration expire expires exploding exploiting exploits expressly extracts extremes extremist extremists ezra faa
        3.5 fabricated fabrication facilitated faggot fairfax fallon fam famously fandom fanny farrell fascination fatalities
        3.5 fauna faux favourable favoured fearless feds feeder fella fellas ferdinand festivities ffs fidelity fielding filmmakers
        3.5 filtered finalist finch finely fingerprint fir fireplace fischer fisherman flair flap flashback flashlight flattering
        3.5 flirt floats flourish flowering fluctuations fluent flute foe foley folklore footballers footing footprint forcibly
        3.5 fore forecasting forefront foreigner forgiving forks formulated formulation fossils fractured fractures fragment
        3.5 fragrance francs franz freaked freshwater freud friedman frontal fugitive fulfil fullest fulton fungi fungus funnel
        3.5 fyi gadget gail galactic galaxies gangster gao gardener gareth garland garments garner gasp gatherings genital
        3.5 georgian getaway getty gil giveaway glamorous glamour glee glitch globalization gloss gloucester goalie goldberg
        3.5 gong gonzalez gotham gpa graded graders gradient grading graft grail graphical graphs grassroots gravitational
        3.5 gravy grayson grazing greasy greenwich grenades grieving griffith grips grooming groundbreaking grouped grouping
        3.5 growers grumpy guarding guinness guise gujarat gunfire gunshot gwen gypsy habitats hacks hah hailed haley halted
        3.5 halves hamburger handler hangover hanson harassed harden hardened harding harmed harvesting hateful haters haunt
        3.5 haunting havana havoc hayden hazel headset heater hee heed heightened heirs henri hepatitis hereditary hernandez
        3.5 heroine herring hesitation hiatus hideous hilary hind hires hitter hive hoax holiness homecoming homepage homestead
        3.5 homophobic honolulu honoring hoops hopper horace horizons horribly horrifying horrors horsepower howe howell hue
        3.5 hugging humid humiliating humiliation humphrey huntington hurdles hush hussein hyderabad hyped hysterical ibn iced
        3.5 icing icy ida idols ieee ikea illuminated illustrator imaginative imam imbalance imf imitation immersion immoral
        3.5 impairment impatient impending imperfect implant implants implicated implicit inbox incidentally incompatible inconvenient
        3.5 incorporates indicted indo inducing indulge indy inefficient inexperienced infinitely inflated influencing influenza
        3.5 informs inhabited inherit initials initiation injections injunction inlet inmate innate inscription insensitive
        3.5 insignificant insisting inspected inspires instituted instructional instrumentation insulted insurer insurers integrating
        3.5 intellect intellectuals intending intensely intensified intercepted interchange interfaces interfering interpreter
        3.5 interpreting interviewer intolerance intricate intrigued intrinsic introductory intuition invading invaluable ions
        3.5 iot iphones irresistible irritated irvine isabella islanders iss itv jackpot jaguar jaime jamal janeiro jars javascript
        3.5 javier jays jeez jenna jensen jeopardy jeremiah jihad joanna joanne jonah jude judgments jurassic jurors juventus
        3.5 kaiser kang kangaroo kappa kara karate kathryn keepers kendrick kensington kerala ketchup kettle keynote keystone
        3.5 kidnap kidneys kiev kingdoms kite kittens klaus knitting knob knowingly knowledgeable koreans kramer krishna kristen
        3.5 kuala kudos kylie labeling lafayette lahore lama landmarks landslide lapse laptops lara lasers laundering laurent
        3.5 lax layered lcd leah learners leash leasing ledger legged lest leukemia levi levine lex liars liberalism liberated
        3.5 liberia licking lieu liga lighthouse lilly lineage ling lingerie liquidity liquids listener lite liter lithuania
        3.5 litre loaf localities loch lockdown locke locomotive lodged loft login logos lois lola longevity longing loot looting
        3.5 lore lorenzo lorraine lotion lows lsu lucia lurking lush lutheran luxurious lyons madden magician magistrates magnesium
        3.5 magnus mai mailed mains makeover mal mali malta malware mandarin maneuver manipulating manned manny manpower mantra
        3.5 mapped mara marcel marcos markings marley marquis marrow martyr marvelous mas mash massively mast masturbation
        3.5 mata mater mating matte mattered maureen mayhem mba mccartney mcconnell mcgregor mckay mclaren mclean meats mediated
        3.5 mediation medicinal mediocre meg melanie melodies meltdown memorandum menace mens mercer merging mermaid merrill
        3.5 mesa messiah meteor methane metrics mexicans michele microscope middleton milky millennials mimic mindful ming
        3.5 ministerial miriam mistakenly misuse mitigate mitigation mixer mixes mmm mocking modeled moderation modular moe
        3.5 mona mono mont monty monumental moroccan morons morse moth motions motivational motorcycles motorway mould mounts
        3.5 multiply mural murderers murdoch musk mustve myriad mystical n00 nairobi nan nana nano narcotics naruto nas nasal
        3.5 natasha nausea nautical neatly negativity neurological neuroscience neymar nfc ngos niagara nicest nicky nico nicola
        3.5 nicotine niger nightly nipple nobility noir nora nordic normandy northampton nos noses nostalgic notation noteworthy
        3.5 notions notwithstanding npr nra nuggets nuisance numb nuns nutrient nypd obedience objected obligated obscene obstruction
        3.5 occupants occupies octopus odor odyssey omitted onboard oneself onstage onward operatives opium oppressive oprah
        3.5 optimum oranges ordained ordeal org organise organising originals originating orphans oslo ounces outing outlaw
        3.5 outsider outward ovarian overcoming overdue overload overlook overrated oversee overturned overwatch overwhelmingly
        3.5 oyster p000 packaged packets paddle pageant paige painfully palms pans parachute paralysis paranormal parasite
        3.5 parasites parenthood parrot partnered partying pasadena paso passports pastoral pastry patel patented patiently
        3.5 patrols patronage pauline paw pawn payable paycheck pbs pea peaches peaked peanuts pear pearce pearls peck pediatric
        3.5 peg penal penetrate pep perennial permitting persist persistence personalized pesticides petals pharmaceuticals
        3.5 phelps phi philippe physiological pianist picasso pickles picturesque pierced piers pilgrimage pilgrims pillows
        3.5 pinnacle pinterest pioneering pioneers piracy pisses pistols piston pivot pivotal pixels placebo plagued plaintiff
        3.5 plank planner planners plantations plaster plated platoon playful pleading pleas pleasures plight plugs plum plunge
        3.5 plural podcasts pods poe pointers policemen politely pollen ponds pong poo poorest por porto portrayal postage
        3.5 postpone postseason poultry powerless practise pragmatic praises preschool presiding presses pressured prevail
        3.5 prevailing preventive primaries primer principals privy procedural professions profitability profoundly programmers
        3.5 progressing progressively prohibit prominence prompting pronunciation propelled prophets propulsion prosecute prosper
        3.5 prostitutes provoke provoked provoking ps3 psa psi psych pts ptsd puberty publishes puff pulmonary pun punishing
        3.5 punt puzzles quake qualitative quartet quasi quentin queries quirky quota quotation quran r00 racer rad radial
        3.5 radiant radically radicals rae raft rag raided railroads raj ramos rampant ramsay randolph raping rappers raptors
        3.5 raspberry rationale rave rbi reactive reactors realms reap reboot rebound recap recess recognizable recommending
        3.5 reconcile reconnaissance recreate redeem reese reeves refinery reformation regained regent reggae reggie regimes
        3.5 registering registers regression regulating reich reigning reigns reinforcements rejoice relegated relentless relics
        3.5 reluctantly remnants remorse ren renamed rendition reno reopened repairing repeats repetition replacements replicate
        3.5 replying repression reprinted reproduced resembling resides residual residue resilient resolving respectfully restraining
        3.5 restricting restrictive resumes retaliation rethink retrospective reviewer reviewers revise revisions revoked rewrite
        3.5 rhymes ridiculously righteousness rihanna rinse risking roadside roam roaming roaring robbins robe robotic robotics
        3.5 rocked rodeo rooftop rooting router routines routing rovers rpg rpm rss rubio runaway runoff rwanda ryder rye sabbath
        3.5 safeguard sails sal salisbury salsa sandals sanity sas saskatchewan saturn sawyer sayin scaled scalp scandals scandinavian
        3.5 scanned scarlett schneider schultz schwartz scientifically scotia scouting scrambled scrapped scratched scratches
        3.5 screenplay screenshots scriptures scrolling sealing sears seasoned secretariat secretaries sect sedan seismic selfies
        3.5 semiconductor seminars seminary semitism sensational sentimental sentiments ser serbian sergei serpent sesame severed
        3.5 sew sewage sexism sgt shaky sham sharia sharma sheds sheldon shelley sheltered shepard sheridan sherwood shi shia
        3.5 shire shocks shootout shoppers shortages shortcomings shortened shouts shoved shovel showdown shredded shuffle
        3.5 shuts shutter siberia sicily sideways siding sighted sigma simplify simpsons simulated simulations simultaneous
        3.5 sinai sinks siren sitcom skinned skinner skipper skyline slab slain slang slater slaughtered slayer sleeper slid
        3.5 slit smartest smear smelled smh smokers smokes smuggling snapping snatch snatched sneakers sneaky snowy sobbing
        3.5 socket softer somali somethin sonia sooo soooo soothing sourced spanning spans sparked sparrow spawned specialised
        3.5 specializes specializing specifics specs spectator spectral speculate speculative spices spikes spinach spins spirited
        3.5 spirituality spitting splits spoiler spoilers spooky spouses sprayed squads squat squeezed stabilize stacks stadiums
        3.5 staffing staggering stains stalk stalker stalls standings stanton startups starvation starve starved stash statesman
        3.5 statistic stature statutes stealth stephens stew steward stimulating stink stirling stirred stocking stockings
        3.5 stoned stool stormy stout strained strategically strauss strawberries stressing stricken stripe striped stripper
        3.5 stripping striving stroll stuffing stump styling suarez subcommittee sublime submarines submerged subordinate subscribed
        3.5 subscriber subscriptions subset substituted subtitles succeeds suffice suing suitcase suites summon summons sunni
        3.5 supplemental surgeries surname surrounds survives suspense suspicions sustaining sutherland suzanne swat swearing
        3.5 sweetness swiftly swimmer swimmers swine swore swung symbolism symmetry synagogue syndicate synonymous syntax systematically
        3.5 taboo tackling tad tae tai tallest tandem tangled tao taped tariff tasked tasmania tavern taxed teamwork teaser
        3.5 teasing techno tedious telegram televised teller tempered tentative tequila terrestrial tertiary tex texans texted
        3.5 textiles textures thanking thatcher theatres therapies thinkers thorn thornton throttle thug thyroid tibet tibetan
        3.5 ticking tides tidy tighten timeless tit titanium tokens toledo tolerated toned tongues topical totals townsend
        3.5 toxins trailing tram trance transcription transforms translating traveller tread trenches trendy triggering trimmed
        3.5 tripping trivia troubling truce trumps trustworthy tryin tsunami tuck tucson tug tulsa turbines turbulence turbulent
        3.5 turmoil tutorials tvs tweeting twelfth twenties twisting twists typed tyranny tyre tyres u00 uefa ufo uhh ulster
        3.5 ultrasound unbearable unconditional uncover underage underwood underworld uneasy unesco uneven unfit unfold unforgettable
        3.5 unicorn uniquely unleashed unmarried unnatural unrealistic unreliable unstoppable upbeat upfront uphold urgency
        3.5 urgently usable usda usher uss utilization v00 vacancies vacations vaguely vanguard variance vascular vase vat
        3.5 vectors veggies vertically vested vets vibes vigorous viktor vineyard viola violates virginity virtues visas vita
        3.5 volatility volkswagen vols volunteering volvo vomit vortex voucher vouchers vulgar wagons wah waived waiver wal
        3.5 walkers wally walters walton wand wandered wanderers ware warmed warwick waterfall waterloo waterproof watershed
        3.5 watkins waved wavelength weaken weave weaving webcam weeds wei weir weiss welcomes welding wellbeing wen weston
        3.5 wharf whereabouts whining wholesome wikileaks wiley wilkinson wink wiring wiser witnessing wonderfully wonderland
        3.5 woodward wording workload workouts wrestle wrestler wrongly xavier xii yah yan yates yells yielded yoo yorker yrs
        3.5 yugoslavia yum yummy zelda zeus zimmerman zion zoning
        3.4 abandonment abbas abbot abduction abigail abrams abrupt abyss accelerator accession accuses aces ache acl acquaintances
        3.4 acquitted acronym acrylic adaptations adhesive adler administrations admiralty adolescence adolf adorned adultery
        3.4 adversity advertiser advises afar affectionate affidavit affirmed affluent afp afro aft afterlife ageing agile
        3.4 agitated aides aiding akron albania albion allowances als alvarez alvin amateurs ambiguity amc ames amir ammonia
        3.4 analogous anarchist ancestral anchorage anchors anders anecdotes anesthesia angie anglican anguish animations ankara
        3.4 annals annexation annuity anonymity anonymously anticipating antics antiquity antitrust antoine antony apocalyptic
        3.4 apologizing appliance appraisal appreciates appropriation appropriations approves apron aqua archaeologists archaic
        3.4 archived aria arid aristotle arithmetic aroused arson articulated artifact artificially artworks asa ascent aspen
        3.4 assange assassinated assassins assaulting asserting asserts astrology astronomers astros atkinson atlantis attachments
        3.4 attribution auditions augustus austerity authentication authoritative authorize autistic aux avant avg awaken awarding
        3.4 awfully axes azure babes baffled baird ballad bandit bandits banged banished barca barefoot barlow barnett baroness
        3.4 barrage barren barring barrister barrow bartlett basal basel batsman battered baylor bazaar bead bearer beatrice
        3.4 beauties beckett bedding bedside beethoven begs bel bender beneficiary bengals benton berger bernstein berth besieged
        3.4 bestowed bethesda bethlehem betray betsy bianca bicycles bigotry biker biking billionaires binds bins biochemistry
        3.4 biographical biologist biomass biotechnology bipartisan birthplace bitcoins blackmail blackpool blanc blanche bleak
        3.4 blender blending blindness blm blouse blowjob bmi bodyguard bogus boi boilers bois boise bonnet bono boob bookstore
        3.4 boomers booming boone boosts bop bordeaux bordering borrowers botany bots bouquet bourgeois bourne bournemouth
        3.4 boxers bracelets bragging braking bras braun breached breaches breakers breeder bribery brides bridget brightly
        3.4 brilliance britney brochure brokerage broom broth browne browning bruised bruises brunette brute btc buffy buildup
        3.4 bulldog bullock buns bureaucratic burglary burnley burr burt burying busiest busting butch buzzer byzantine cabins
        3.4 cactus cad cadet cafeteria cages caldwell calming camouflage campaigned canary candidacy cannons canucks capacities
        3.4 cara carbs cardio carla carlson carly carpets carriages cartridges carve cary casing cassette catalan catalonia
        3.4 caterpillar catfish catholicism caucasian caucasus cavaliers cavs censor censored centenary centennial centric
        3.4 ceos ceramics cgi chained chaired chants chaplain characterised chats chatter cheats checkpoint cheered cheney
        3.4 cheng cher cherished chiefly childbirth childcare chilean chills ching chloride chlorine chocolates chopping chops
        3.4 chow chronological chubby chung cigars civilisation civilizations clapping classify clauses cleavage clement cleric
        3.4 clerical climbs clinging clinically clones closures clover clubhouse clumsy cms coarse coasts coatings cobalt cocky
        3.4 coefficient cohort coils coincided coined colbert collaborated collaborating collage collapses collapsing collegiate
        3.4 collier collisions collusion colonists colonization colossal comedic comm commandments commodore commonplace commuter
        3.4 compile compiler compliant complimentary composing compounded compressor compton computation compute conan conceive
        3.4 condemning condensed conditioner conductors cones conferred confidently conglomerate conjecture conn connolly conservatism
        3.4 conserve conspicuous constantine constantinople constellation constrained consultations contemplate contemporaries
        3.4 contenders contingency continual continuum contour contractual contradict contrasts controversies convened conversions
        3.4 converter conveyed cookbook cooke coop cooperating cords corinthians cornerstone corona coronary coroner correctional
        3.4 correctness correspondents corridors cosmopolitan cosplay cottages cougar counselors counterfeit cowardly coworkers
        3.4 coyote cpr cps crabs crackdown craze creamy creeps crippling crispy cristina cromwell crook cropped crore crowley
        3.4 cruises crusaders css cubes cucumber cuddle culprit cultivate cupboard cupcake cupcakes curated curfew curls customized
        3.4 cutler cvs cybersecurity cyril czechoslovakia d00 daft damian dani darius darts daryl daunting davenport daytona
        3.4 dazzling dea deacon deadlines dealership dearest debuts deceive deceived decidedly decker deco decorate decorating
        3.4 deductible defamation defences defy degrading delaying deli della delusion demi demos denny denotes densely dentistry
        3.4 depended depict depreciation deprivation derives designate desks desmond det detainees deteriorated deterioration
        3.4 deviation devoid dewey dhabi diagnose diagonal diagrams diapers dickinson dictated diffusion digs dildo diminishing
        3.4 dino directional directorate dirk disagreements disbelief discard disciple discontent discredit discreet disks
        3.4 disliked dismissing disparity disqualified disrupted distinguishing distracting distrust ditto div diva diver divergent
        3.4 diversified divert dixie dizzy dlc doctorate documenting dodd dominates doncaster donnie dopamine dora dormant
        3.4 dortmund dotted doubted douche downing downright drawers dre dreaded dresser drifted dues duet duff duffy dui duly
        3.4 dumbest dumps dunes dusk dustin dwayne dwellings dyed dyer dyke dysfunctional eater eaton ebooks echoed echoing
        3.4 eclectic ecstatic edgy edits eff eisenhower ejected elbows electrode elegance elemental elevate elevators elias
        3.4 eliminates elle ellison elm elongated elsa elton elves embark embarrass embraces emmanuel emphasizing empires ems
        3.4 emulate enact enamel enchanted encoding encompasses encompassing encore encrypted endemic endowed engages englishman
        3.4 enlist enormously enquiries enquiry entails entrepreneurial environmentally envisioned episcopal epstein equitable
        3.4 err erupted escalate escalated escorts espresso estrogen eta ether etiquette etsy evade evaluations evasion everest
        3.4 evergreen everlasting evicted eviction evils exceedingly excellency excerpts excessively exchanging excludes executions
        3.4 exemplary exert exhibiting exiled exited expansive expeditions explodes explorers exporting exposes expressive
        3.4 expulsion extraordinarily extravagant eyebrow f00 fab facade facilitating faculties fades fairs faked faking familiarity
        3.4 farmhouse farmland fascists feasibility federally fedex felicity felipe fender feng fernandez ferris fertilizer
        3.4 fetal fetched feudal fiance fiddle fiercely fife figs filler filth finer fins firefighter firefox fishes fists
        3.4 fittings flakes flaming flashbacks flashed flattened flavored flavours flea fleece floated fluorescent flushing
        3.4 fodder foes folds foliage footwear foreclosure forgets formulas fortified fortnight forwarded fostering fourteenth
        3.4 foxes fps fran francois freakin freaky freddy freeing frenzy freshmen fresno fri fridays fritz frontline froze
        3.4 frying fuckers fulfillment fulham fumble funnier fused futile futuristic galloway garfield gearing geese geez gemini
        3.4 genealogy genera generalized genie geographically georges germs gibraltar gifs giggle giggles giovanni git glacial
        3.4 gland glands glare gloomy glossy glued goa godfather godzilla goggles golfer goo goodies goodwin gorge gotcha gould
        3.4 gourmet graceful grammatical gran graphite greenland greenwood gregg grievances grimm gripping grit gritty groundwater
        3.4 groves gst guerrilla gupta gutted gutter haitian hallmark hammered handbag handgun handheld handicapped handshake
        3.4 hannibal hanoi hanover hara haram harassing harming harp harrington hartley haste hauled hauling hayley hayward
        3.4 haze headquartered heartbreak heartbroken heartfelt hearty heathrow heats heaviest hectares hefty heidi heist helium
        3.4 hella helper helsinki hemp herbal heresy herpes herrera hesitant heterosexual hewitt highschool hillside hinder
        3.4 hinted hippie hipster hispanics hitch hms hobart hobbit hoc hodges homelessness hoo hoodie hoop hopping hops horrendous
        3.4 horrified horseback horton hospice hospitalized hostel hostess hostilities hotline hound housewife housewives hovering
        3.4 howd htc huang hubby hubs hud hugged humiliated hump hun hunts hurdle hutchinson hybrids hypertension hypocrite
        3.4 hysteria hyun hyundai iceberg identifiable ideologies idiotic ids ignite igor ike illegitimate illicit illiterate
        3.4 illumination illusions immaculate immersed immortality impartial imperialism implements importing impoverished
        3.4 imprint improperly improvised inadvertently incarceration incarnation incest inclination incompetence incorporation
        3.4 incremental indefinite independents indices indifferent infancy infect infested infused ingenious inhibition inhibitor
        3.4 inhibitors initiating inject injuring inquire inquisition inscribed insertion insightful insistence insomnia insulated
        3.4 insure insurgents integer interception interdisciplinary interiors intermittent interns interpersonal interracial
        3.4 interruption intervened intimidated intimidation intrigue intruder intrusion invaders invariably inverse inverted
        3.4 invincible invitations inward ipo ipswich irl irrespective irritation islamist israelis ist italia itch itching
        3.4 iteration jab jacks jacqueline jae jai jams jang janice jarvis jeanne jenner jfk joaquin jogging johann jolie joyful
        3.4 joys jubilee judah judas judd juices julio jumbo juniors kabul kale kan kaplan karaoke katz kelley kemp keyboards
        3.4 keywords kia kicker kickoff kimberly kinetic kinky kitchens kosovo kraft kremlin kurds kyoto lacrosse lagoon lam
        3.4 landfill landings landowners langley lars larson lash lashes latex latina lattice latvia launcher laurence lavender
        3.4 lavish leaned leaps learner leases ledge leftover leftovers legality legalization legitimately lemonade len lends
        3.4 lenin lenny leroy lesions lessen levin lgbtq libyan lifespan lighten limp linebacker liners lingering linguistics
        3.4 liv livelihood livingston lmfao localized locating lockheed lodging logically longitudinal loosen lori louie lowell
        3.4 lowers lowry lte luca lucifer lumpur lunatic lunches lyrical m000 macbook macedonia mackay madagascar madeleine
        3.4 madras magically magnets magnum maj malay maldives malibu malls malt mammoth manageable mandates mandela mandy
        3.4 mania manifestation manitoba mansfield manslaughter manuals manufactures marches marian marianne marketers maroon
        3.4 marriott martian martyrs marvellous marxism masculinity mashed masonry mastering mastermind matchup materially
        3.4 matured maui maxim mayors mcdonalds mcgee mcgraw mckenzie mclaughlin mead mecca mechanically medic medically meh
        3.4 mei melancholy melts menus mergers meridian merkel merlin metadata meteorological mhz michaels microscopic midday
        3.4 middlesex midi midland migrate mikey mikhail mildly milf millionaires mina mindfulness mined mir miraculous miscellaneous
        3.4 mischief misdemeanor misfortune misguided misplaced misty moan moaning mocked modem moderator modernization modifying
        3.4 moines momma mondays monsieur monstrous moods moons moor mop moran moreno morphine morphology morrow mos mosques
        3.4 mosquitoes motherhood motif motivations moto motorola mountainous mourn mozart muffin mule multicultural mums mundane
        3.4 murderous mustache muster mutants muted mythical nadal narrowed nasdaq natal nathaniel nay ndp nearer nearing necessities
        3.4 necks negatives negligible neptune nerds nero nesting nests neutron newcomer newcomers newfoundland ngo nic nicaragua
        3.4 nicholson nicknamed nielsen nigger nih nirvana nobles nodded nonstop noodle noticeably notoriously novak novice
        3.4 nrl nudity nutshell nylon oatmeal oats obi obituary obligatory obnoxious obsessive occupancy occupations oceanic
        3.4 odonnell oecd offending offseason oily olives olivier olsen oman ominous oncology ooo oooh opaque openness opposes
        3.4 optimized orderly ordination ordnance orient originate orion ornaments orphanage ostensibly oswald otis otter outbreaks
        3.4 outnumbered outpost outputs outset outsourcing outspoken overboard overflow overheard override overrun overseeing
        3.4 oversized owls oxidation ozone pacing pak palate pancake pandora panicked panorama paolo papal papua paralyzed
        3.4 paranoia parcels parity parkway parry parted parting pascal pasture paterson pathological patio patton paused paving
        3.4 paws payload payout peacock pedestal pedestrians pedigree peep pelosi pelvic pencils pendant penned pennies pepe
        3.4 pepsi percentages percussion peril perpetrators persecuted persia persuasive pertinent peruvian pervasive pests
        3.4 petite petitions pew pharma philips phoebe phony phosphate php physicist pickle pigeons pigment piled pilgrim pimp
        3.4 pines pinky pinpoint pip pipelines piping pitchers plainly plato playable playwright pleasantly pledges plentiful
        3.4 plugged plumber plunged plurality pluto png poised poking pol polly ponder populist populous pores porno porous
        3.4 portfolios posh positives postcard posterior postwar pouch pow powerhouse practising preached precaution precursor
        3.4 predatory predictive predicts preface preferable prehistoric preparatory prescott prescribe prescriptions preserves
        3.4 presided prevailed principally prism proactive prob probes proclamation professionalism proficiency progresses
        3.4 prohibits projector prominently promoters pronouns proofs proponents prosecuting protestants protestors proton
        3.4 provocative prowess prudent prussia psyche psychologically psychotic pulitzer pulses punishments punitive puppets
        3.4 purchaser purdue purposely pursuits qualifier qualifies questionnaire quickest quincy quits racially racists racks
        3.4 radios rahul rainforest rake ramen ramirez ramon rampage rapes raphael rarity ratified rattle realising realty
        3.4 reassuring rebellious rebirth reborn recalling recharge reclaim recycle reddish redesign redevelopment reefs referees
        3.4 referencing refining reflex refunds refurbished registrar regretted regulars rehearsals reimbursement rein reinforcement
        3.4 reinforcing reinstated relegation reliably reliant relic relocate relocated reluctance rematch reminders renal
        3.4 renault renee renovations rentals reopen repayment repealed repent repercussions repertoire replication repository
        3.4 reprint reptiles reputable rescuing resent reservoirs residences restrained restroom retard retina retreated retribution
        3.4 reunite reuse reversing revert revisit revolutions revolver revolves revolving reyes rhetorical rhythmic rhythms
        3.4 ribbons rican ricardo riddle ridges riff rigging rightful rink ripple risked ritchie rites rivera roach roadway
        3.4 robber robbers robbing robes rockefeller rockies roe roi rolex rollins roommates rosen rossi rotor roulette rounding
        3.4 routledge rowe rowing royale royalties rubble rubin rulings rumble rumored rumour rupees rustic rutgers rutherford
        3.4 sabrina sachs sacrificing saddam safeguards sahara saliva saloon salts samoa sampled samson sanction sanitary santo
        3.4 sao sapphire satin satirical saturation savages sbs scams scarcity scatter scattering scorpion scramble scrape
        3.4 scraps screenings screwing scripted scrolls seam sectional sediment seeker seeming segregated selves semantic semantics
        3.4 semen senegal senseless sensual sentinel sequencing sermons servicing setback settles seventeenth sexes sha shack
        3.4 shameless shaming shapiro sharif shea shear shedding sherry shitting shortcut shorten showtime shrinking shrubs
        3.4 sighs signalling sikh silenced silicone simulate sinner sinners sioux sire sirens sixteenth sixties sizable skeletal
        3.4 skeletons skepticism skulls skye slamming slapping slated slay slime slippers sloan slovakia slovenia slows slump
        3.4 sly smiley smithsonian smoker smoother snapshot sneaking sniff snoop snowden soaking soar soaring soften soho solemn
        3.4 solitude soluble solvent sos souvenir sow spaced spaceship spacex spacing spacious spaniards sparkle sparse spartan
        3.4 spawn speculated spence spheres spherical spilling spills spinner sponsoring spotting spraying sprinkle spruce
        3.4 sprung sql squared squeezing squid squirrels stables stacey stacy staffed stale stalled stamford stamina standalone
        3.4 standby starr startling std steamer steph stereotype sterile stimulated stimuli stocked stoked straits strands
        3.4 strapped straps streamed stride strife strikers stringent stronghold stumble stumbling stun stunts sturdy stylist
        3.4 subconscious subdued subsidized substantive substitution successors suction suffrage sugars suicides sulfur summarized
        3.4 sunflower superheroes superiors supermarkets supplementary surfaced surpass surrogate surveyor suzuki swallowing
        3.4 swapped swarm sweeney sweetest synopsis synth tack tackled tacos tagging tailed tainted takeoff talbot tammy tanker
        3.4 tanya tart tat tattooed taxable taxing taxis temperament tenor terra theorists therapists therein therell thinker
        3.4 thirteenth thrift throats ticks timetable ting tiring tobago toddlers tomas tonic toothbrush toothpaste topless
        3.4 torah torment torpedo torrent torso tossing totaled toured towed trafford trainee traitors transcripts transformations
        3.4 transformer transient transmissions transmitting trapping traverse treadmill treatise tremendously trey triangular
        3.4 tricked tripped tristan triumphant trojan trolley trolling trooper troublesome trough trucking trudeau trunks truthful
        3.4 tumble tummy tumour turnaround turret twain tyrant ubiquitous umpire una unattractive unavoidable unbeaten unbelievably
        3.4 unborn uncertainties unconventional underestimated understatement undertook undesirable undisclosed undocumented
        3.4 undone unfairly unheard unification unilateral unjust unleash unnecessarily unnoticed unpublished untouched untrue
        3.4 upbringing uphill uploading upton uterus utopia vaginal validate validated vance vanish variability vaughan vega
        3.4 vending venezuelan ver verbally verbs viability vibrations vicar vicky vid vie vigorously vijay villas vin vineyards
        3.4 virgil vis visibly visionary vitality vitro vivian vivo vocalist voodoo vowed vpn wager walled wallets waltz warehouses
        3.4 warped warranted wasp wastes wastewater wat watermelon waterways weakening weaponry webber webpage weep weeping
        3.4 welch westbrook westward wetlands whack wheeled whipping whispered whispering whitman whoops whores wichita widened
        3.4 widening widows wigan wildcats wilde wilder wildfire wilmington windshield winged wipes wiping witchcraft withdrawals
        3.4 withdrawing withheld withholding woes woken wolfe wolverine womens wooded workings wreath wrecking wrench wrestlers
        3.4 wretched wrists wrought www xiii xiv xvi yearbook yer yielding yikes yin yong yun zac zambia zebra zhou zionist
        3.4 zodiac
        3.3 a0000 aba abi abnormalities abort abound abstraction academies acclaim aches achieves aching acidic acknowledgement
        3.3 acquires activating adamant additive adept adherence adjective adjourned adjunct administering admiring adopts
        3.3 adored advantageous adversary adversely adverts advisable aero afflicted afloat afternoons agendas agility aidan
        3.3 airbnb airbus airfield airspace akbar alba alejandro alerted alfredo algerian alienated alleges alligator allocate
        3.3 allotted almonds alteration amends ami amish amnesia amplified amplitude analogue analytic andersen angered angled
        3.3 angola angrily angst annotated annoyance annoys anomalies anon ans antagonist ante antennas antiquities apa apathy
        3.3 appellate appointing apprehended approving approximation archers archipelago archival arcs ardent arenas armoured
        3.3 aromatic arrays artisan ascended ascending ascension ascertain asean aspiration aspirin assam assay assembling
        3.3 assertions assigning assorted assortment assurances astonished atheists atkins attaching attendants attentive attributable
        3.3 aubrey audacity auditing audits auntie auschwitz austen awakened axel badminton bailed ballpark bandwagon bane
        3.3 banjo barb barbarian barbarians barbaric barbed bard bargains barkley baroque basins bastion battled bayer bays
        3.3 bcs bdsm bea beak bearded beards beaumont bedrock beech beetles behavioural behaviours beige belgrade believable
        3.3 bellamy belmont benchmarks bends benefiting benevolent berg bergen bestseller bethany bey biases bidders bihar
        3.3 billboards billings binder biopsy bios birdie bis bison bitterly biz blacked blackhawks blacksmith blackwell blaine
        3.3 blanks blasphemy blazer blazers blends blindly blinds blinking bloated blooded bloodshed blooming blooms blossoms
        3.3 blower blueberry blurry boar boardwalk boasting boating bog boils boko boldly bolster bom bombardment bonfire bookings
        3.3 boomer booths borderline borg bosch bowed boxed brainwashed bran bravely bray breathes breaths bret breweries bribes
        3.3 briefs brig brigades brigadier brittle broaden brody brothel brows bts bubba budding buggy bulky bullpen bumping
        3.3 bundled bungalow burdens burglar burmese burnett burrito burrows busch buzzfeed bytes cadets cafes cairns caitlin
        3.3 calais calendars cali calibration calmed calves camels cameraman camille camped camper cams cancelling canine canning
        3.3 canonical capitalists capitalize capsules caracas carb carbohydrates carnage carole cartilage carver casket cassie
        3.3 categorized causal cautiously cavities cba cbi ceasefire celery cello celsius cena centrally certifications cesar
        3.3 chai characterize chariot charisma charley charters chateau chatham chattanooga chavez cheaply cheddar cheerleader
        3.3 cheltenham cherries chesapeake chevron cheyenne chiang chilli chinatown cholera choo chopper christchurch christy
        3.3 chromosomes chun chunky cio circling citadel claimants clair classed classmate claudio cleanliness clerks clifton
        3.3 climates climbers clinch clinicians clipped clogged clothed coercion cognition cohesion cohesive coli collaborations
        3.3 collaborators colleen collide collided colo colombo colonialism comedies comey comforts comma commando commemoration
        3.3 commended commentaries commissioning commune commuting compel competency compiling complexion complexities complicate
        3.3 complication compromises compromising compulsive computed concerted concerto conclusive concurrently conduit congenital
        3.3 congregations conquering conservatory considerate constance constituencies constraint constructions constructs
        3.3 construed consular cont contentious contra contraception contradictions convex conveyor convicts coo cooker cor
        3.3 cora corbyn cornelius cornish corrective corvette costco costello cosy counsellor countered coupe couture coveted
        3.3 cowards coworker coyotes cpi craigslist cramped cramps cranes crates cravings crawled crease cristiano croatian
        3.3 crotch crouch crowdfunding crucified crumble crumbling crumbs cryptocurrency cullen culminating culmination cultivating
        3.3 cultured cunts cuomo cures curing curled cursing customize cutest cutie cutters cylindrical d000 dab dae dai dalai
        3.3 dangling dank dans daphne dar darcy daredevil darryl dartmouth dashboard dashed dashing davey dawg daycare deadliest
        3.3 debra decentralized deceptive decimal decomposition deductions deem defensively deficiencies deficient defunct
        3.3 degenerate degrade degraded dehydrated dehydration dei delights democracies demonic demonstrators denomination
        3.3 denominations denote dentists denton departmental departures deploying deposed depressive derbyshire descendant
        3.3 deserts desserts deterrent detox detriment devastation devin devout dex dharma dhs dia diablo dialects dialysis
        3.3 dickson dictates didn differed differentiated diffuse digestion dignified dion dips disapproval disclosures discrepancy
        3.3 discretionary disdain disgraceful dishwasher dismal dismantled dismay disobedience disparate disperse disproportionate
        3.3 disproportionately dissatisfaction dissatisfied dissemination distal distilled distinctions disturbances ditched
        3.3 dives divisional divisive docking doctrines dod dodger dodging dodgy doggy dogma doi doj dolan dole dolores domestically
        3.3 donaldson donut doodle dossier doubting downed dracula draper dreamer dreamt dun dune dungeons dunham dupont dwellers
        3.3 dyes earthly easton eastwood eaters ebony ecommerce edna eduardo eerie effected eileen electing elective electors
        3.3 electrician electrodes electronically elise elon emancipation embargo embodied embodiment embroidered embryo embryos
        3.3 emery eminem emitted emory emptied emptiness encoded encompass endeavors endorsements engraving enhances enraged
        3.3 enrich ensign enslaved ensued ent entrances entrants entrenched entropy envelopes epidemiology epitome equator
        3.3 eradicate eroded errands erratic esa escalating escalation esque esteemed estimating estuary etched eternally ethel
        3.3 ethernet ethos eureka evoke ewing exaggeration excise excite excursion excused exec exemptions exhaustive exiting
        3.3 expansions expel experimented explanatory exponential exponentially exporter exporters exposures externally extortion
        3.3 extracting extradition extremism eyesight eyewitness facets facilitates fad fag fairfield fairies faithfully fanbase
        3.3 fang faq farce fatally faulkner favours fay feral fermentation fern fiasco fide fiesta fifteenth fil filtration
        3.3 finalized finder fingerprints fingertips firepower fishy fitch fitz fixation flagged flanders flanked flares flatter
        3.3 fledged fleeting fleets flickr fling flips flo flooring flops flores flourished flourishing flowed flung flushed
        3.3 fol folly foo fooling footed footprints forcefully forearm foreground foreseeable forfeit forging formative formatting
        3.3 forster fortnite foundry fountains fracking fractions fragmented frail frameworks francesca francesco frankenstein
        3.3 frantic fray freezes frenchman fret friedrich fright fro frontiers frown fruitful fruity frustrations fudge fukushima
        3.3 fumes funerals fungal furnishings gabe gabrielle gall gals garde garnered garry garth gastric gastrointestinal
        3.3 gathers geeks geelong gemma genders generational generously germain gerrard gertrude ghz gideon gilded gillian
        3.3 gilmore giraffe glaciers glaring glaze glazed glide gloom gloucestershire glover gma gmail goblin goddard godfrey
        3.3 godly goldfish golfers gon grader graeme grange granger gras grasses gratification greats greenville grieve griffiths
        3.3 grimes grinder grizzly groin grossly grotesque grounding grudge gruesome guangzhou gucci gui guineas gunman gunn
        3.3 gunner gunners gunpowder guthrie guyana hairstyle hallelujah hallucinations hammers hamper hampered hamster handwritten
        3.3 hangar harass hardcover hardships hardwood hardworking harmonic harms harshly haskell hastily hasty hatched hathaway
        3.3 haynes hdmi headlights headphone healer heals heaps heartless hectic hedges heinrich helix heller hemingway hendrix
        3.3 henrik hermes hermione heroism hex hezbollah hierarchical highness hijacked hikes hindsight hinduism hinge hinges
        3.3 hiroshima hitchcock hodge holistic holloway homie homophobia homosexuals hooded hooking hooper hopped horizontally
        3.3 hormonal hornets horrid houghton housekeeper hover howling huawei hubbard hubert huffington humbled hume hurley
        3.3 hurtful husky hussain huts hwy hydra hydrated hymns hypocritical icelandic ict idf iggy illuminate illustrating
        3.3 illustrious imaginable imitate imperfections impetus implanted impractical improbable impulses impulsive inaccessible
        3.3 inaugurated incarcerated incense incidental incur indexed indexes indifference indigo indispensable inducted ineligible
        3.3 inferno infidelity infirmary inflict informant infusion ingram inhabit inhibit inhuman injure insanely inscriptions
        3.3 insecurities inserting insiders insta instruct insurgency intellectually interchangeable internships interrupting
        3.3 intersections interstellar intervening intestinal intimidate intoxicated intra introductions intrusive inventing
        3.3 inventive inverness inversion investigates invoice invoke invoked involuntary ipa ips irons irregularities irreversible
        3.3 isabelle isil islamabad issuance itchy jackass jacked jaguars jammed jamming jax jeb jericho jerks jock jog johan
        3.3 jojo joked jonny josephine journalistic joyous jug julien jumpers junkie junta justifying kahn kapoor kart kaufman
        3.3 kelsey kelvin keynes keyword kfc kgb khalid khalifa kidd kinase kinder kirsten kiwi knack kneeling knoxville knuckles
        3.3 kodak kolkata kool kosher kristin kun kyrie laborers labrador labyrinth lac laced lacey lai lankan lansing lao
        3.3 laos latch latency latent latinos latte lau lauderdale lawless lazarus leaflets leafy leans leftists legalize legalized
        3.3 leggings legions lehman leipzig lemons lenovo leveled lew lexus libby libel librarians licences licked lifestyles
        3.3 ligament likeness lillian lim limbo limitless limo lincolnshire linger lipid liquidation literate liza lizzie loaned
        3.3 lobe localization locomotives lofty loki longitude loo loom looming lordship loretta louisa lousy lowly luc lucid
        3.3 ludicrous ludwig luiz lulu luncheon lunchtime lured lux lyle lymphoma macau macbeth mace macho maestro maga magna
        3.3 maguire maharashtra maher mahogany mailbox maize makin malawi malfunction malice malignant mamma mammal mana mane
        3.3 maneuvers manic manifested manifold manson manu margarita marginalized margot marin markedly marries marta martini
        3.3 mascara masturbating matchmaking matilda maverick maxi maynard mayoral mazda mcbride mccann mcgill mcgrath mcguire
        3.3 mckenna mcmahon mcqueen measles measurable meddling mediator medina meditate medley meek mein mellow melon melvin
        3.3 membranes memorabilia mend mentoring mentors meow mer mercenaries mercenary merciful meyers mgm mich microbial
        3.3 microscopy middlesbrough midget midterm midtown midwife mightve migraine migrated milestones milford millennial
        3.3 milling mimi minimalist minimizing minions minnie mira mirage mirrored miscarriage misinformation misled missy
        3.3 mitochondrial mitsubishi mitt mixtape mla mobilization mockery mods modulation moi mojo molten mongolia monologue
        3.3 monoxide monsoon montage monterey morales morbid mosul motifs motivating motorists mozambique msm msnbc muir muller
        3.3 multiplication multiplied munitions musically mutiny muzzle myrtle myspace mysteriously nadia nadine nagging napa
        3.3 napoli narendra narrated narration narrower nassau nationalities nav navigating navigator nec negligent nemesis
        3.3 nephews nervously nes netanyahu nicki nightingale nighttime nikon nil nino nip nods nonfiction nonlinear norma
        3.3 normalized northumberland nouns nuanced nuke numbering nurture nxt nye oakley objectively oblivion oblivious observes
        3.3 occult occurrences ocd oconnell ode odi oem ofc ofthe ohhh oilers olga ollie olson olympia olympian omission opioid
        3.3 optimize opting orb orbiting orbits orchestral orchestrated orchid ordinarily oreilly originality orioles ornament
        3.3 ornamental orr orthodoxy ortiz osama outage outlining outpatient outweigh ovation overcame oversees overt overtake
        3.3 oysters pacers packard packer paisley pajamas palaces palin palo pamphlet pancreatic pap parades paramedics parasitic
        3.3 parishes parisian parkinson parlor parsley participates partnering passionately pastors paternal pathogens patriarch
        3.3 pats pax payback peabody peat pebble pediatrics pedophile peeled pellets pelvis pendulum penelope penetrated penetrating
        3.3 penthouse peptide perch perfected periphery perish perished perjury perpendicular perpetrator perseverance persisted
        3.3 persists persuasion pervert petit petra pharaoh pharmacist phased philanthropy phillies phoned photon phyllis physicists
        3.3 physique picket picky piggy piling pioneered pious pistons pizzas pla placements plaid playback playbook pleases
        3.3 plotted plugin plush plywood plz poignant polarization polarized polio polishing pollutants polluted polymers ponies
        3.3 pooh poole populace pore portals portraying portrays positivity postcards postgraduate potency potion potomac potty
        3.3 pov powdered powering ppp practised precarious precedence predetermined predicament predominant preferring pregnancies
        3.3 prelude prem prematurely premiered preoccupied prepaid preparedness presenters presley pretends pretext pretoria
        3.3 prettier prettiest previews pricey priesthood prima primal princesses prioritize pristine privatization prized
        3.3 proclaim proficient profiling prognosis progressives prohibiting projectile prompts propagation propeller proprietor
        3.3 protagonists protracted proverbs prussian psalms psg pst psychedelic psychiatrists psychopath puddle puke punctuation
        3.3 pune punishable pups purification purported putnam puzzled pyramids quadrant quaint qualifiers quarrel quay qui
        3.3 quid quieter quotas quotations r000 raccoon racket radiator rags rahman raider raiding railing rained raja rajasthan
        3.3 rallied ramifications ramps randomized rao rapists ravi rea readable realist realistically reaper reasoned reassurance
        3.3 reassure rebate receptionist receptive recital recite reckoned reckoning reclaimed recollection reconstructed recourse
        3.3 recovers recruiter rector redeemed redesigned redistribution redundancy reelection refine reforming regal regents
        3.3 regimen regiments regulates reilly reindeer reins reiterated relapse relatable relativity relish reload rem remnant
        3.3 removable remuneration remy renders rendezvous rene reorganization repaid replicated repressed republics reputed
        3.3 resale resembled resided resigning responders restrain restraints resurgence retake retires retreating retrieval
        3.3 retrospect revered reversible revoke rhine rhys richly richness ridicule ridley rioting rips riviera roasting robb
        3.3 roc roche rocker rockstar rodents rodrigo rollers romero rookies rooster ros rosenberg rosy rotated rotting roundabout
        3.3 rounder roundup routed rowan rowland rudolph rufus rupture rushes sadie saharan sai sakura salads saline salman
        3.3 salted sami sanderson sanford sanskrit satanic sausages saver saviour scandalous scandinavia scanners scarborough
        3.3 scarcely scarred scented scientology sclerosis scooby scot scraping scuba sculptor scumbag seamless seams seasoning
        3.3 secession secretive sectarian securely sediments seinfeld seizing selectively selects selfless semifinals seminal
        3.3 sensations sensed sequels sequential serene serenity serie serotonin serviced ses seventies shabby shaded shading
        3.3 shafts shalt sharpe shattering sheen shelly shelton sheppard shipbuilding shipyard shite shiva shoreline shorty
        3.3 showcased showcasing shred shrek shrug shrugged siberian sickening sideline sidelines sidewalks siemens sig sighting
        3.3 sightings signifies signings silhouette silica silky simmer simplistic sinatra sincerity sinful singled sinus sipping
        3.3 siri sirius situ skater skates skid skincare slander slaying sleek slew sling slogans slug smackdown smallpox smelly
        3.3 smokey smoky smug snag snails snoring snuck sob soc socioeconomic sociological socrates solace solicitors solids
        3.3 solos solves sonar sophistication soprano sorority sorta sourcing spade spanking spat spawning spd specialization
        3.3 specialize specialties spectroscopy sped speechless spiritually splinter spoils spokane spontaneously spoons sporadic
        3.3 spores spreadsheet spurred squats squire sta stabilization stabilized stacking staffordshire stagnant stair standout
        3.3 starch stares starship startled staten stationery steaks steamed steaming stemming stephenson steroid stills stockton
        3.3 stoner stony stormed str straighten strategist stratford streaks streamlined strengthens strides strung sts studs
        3.3 stung sturgeon subaru subdivisions subpoena substitutes subtly sudanese summaries sunken sunscreen superstars supervise
        3.3 supervising supervisory supplemented suppressing supremacist surfer surveying swam swans swapping sweaters sweeps
        3.3 sweeter swimsuit sykes syllable syllabus symmetrical synod syringe tac tacoma taipei taiwanese taj takeaway tal
        3.3 tam tanaka tanning taper tata tatum tau tds teaming teased teaspoon tees temperate tempest templates temps tenders
        3.3 tending tendon ter terminator terraces tesco textual thankyou thc thematic thered thine thinkin thinly thorne thorpe
        3.3 threesome thunderstorms thursdays tightened tightening tights tilted timers timmy timor tinker tinted tito titus
        3.3 tlc tnt toad toasted toaster tobias tofu tolls tombs topography tornadoes tortoise tos totaling tote toughness
        3.3 towing toxin tracey tractors trademarks tragedies tragically trainees transitioning translators transports transverse
        3.3 treacherous treble trembling trenton triangles tributes trident tripoli trojans troopers truss tsa tubing tudor
        3.3 tuesdays turin turk turnbull turnovers turquoise twat tweak twenty00 typewriter typo tyrone ubuntu ultraviolet
        3.3 unaffected unanswered unbiased unc uncanny uncles undead undeniable underdog undermined undermining understandably
        3.3 undisputed undue une unequal unethical unexplained unfolding ungrateful unintended unionist unison uniting unix
        3.3 unlocking unmanned uno unprepared unprofessional unprotected unresolved unrestricted unsettling unsolved unspecified
        3.3 unsuccessfully unsuitable unthinkable untold untreated uplift uplifting upscale upsets upstate uptake uptown urdu
        3.3 uri urinary usefulness utilizes vacated vaccinated vader valiant vandalism vanderbilt vanishing vantage vargas
        3.3 vaughn veg veggie veiled venerable venetian vents ventura ventured verde versailles versatility vhs vibrating viewpoints
        3.3 vigilant vigilante vinci viper virgins visceral visitation visualization visualize viva vividly voicemail volcanoes
        3.3 volt vowel voyager vulcan wacky waffle wakefield waldo waller wanda wannabe warships washer washes wasps wasteful
        3.3 watchers watered waterfalls watford wealthiest wearable weekday weirdest weirdo weld welded welp werewolf werner
        3.3 westwood wha whaling whim whine whistles whitehall wholl wick wielding wiggins wiggle wil wilcox wilhelm wilkes
        3.3 wilkins willard wiltshire winery wingers winnie withhold wits woe wolfgang worldly worldview worshipped wreckage
        3.3 wrinkles writ wrongdoing wrongful wrongs xiao xml yamaha yee yeh yellowstone ying yosemite youngster yvonne zara
        3.3 zeal zeppelin zipper zuckerberg
        3.2 abbreviated aborted abrasive absentee absorbs abstinence absurdity abt abusers academically accolades accommodated
        3.2 accommodating accompanies accompaniment accomplice accomplishing accumulating achievable acidity aclu activates
        3.2 additives adjectives adm admirer admirers ado adoptive adventurer adventurers adversaries aerobic aerodynamic aeroplane
        3.2 aesthetically affirm affirmation affleck affordability agatha aggregation agitation agrarian agreeable ahem ailments
        3.2 airway airy akira aladdin alain alaskan albanian alchemy alcoholics alden alderman aldo alessandro alfie alfonso
        3.2 algebraic alienation alistair alkaline allege alloys alphabetical alternately altitudes alton alum alyssa amassed
        3.2 amaze ambushed americana amherst amin amor amplify analysing analyzes anarchists anastasia anatomical andhra andrei
        3.2 andromeda anecdotal anecdote anemia anew ani animosity annapolis annette annihilation announcers annum anorexia
        3.2 anthropologist antidepressants antidote antifa antigen antwerp anus aol apc apiece apologizes apostolic appalachian
        3.2 appalled appease applauded appoints appreciating appreciative aptitude ara arbitrarily arched archery archibald
        3.2 arduous arisen aristocracy aristocratic armchair armistice armory aroma ars arsenic artefacts arterial artisans
        3.2 aryan ascend asher asparagus assassinate assertive assigns assimilation assures asteroids astro astronomer asus
        3.2 aswell athena atl att attaining attest attested attractiveness attrition aud auditors auditory augment aunts aunty
        3.2 auspices autoimmune autopilot avalon avenge aversion avi awakens awkwardly aws aziz b000 b2b babysitter babysitting
        3.2 bachelorette bachelors backers backlog backseat backside badgers bagel bagged baggy bai bailout bain bakers balfour
        3.2 balkan balkans ballads ballard ballast balm bama bandage bangor barclay barclays barometer barons bas baseman basing
        3.2 basque bassist batches bathe battalions batted bavaria bbw beale beatty beggar beggars behaves beheaded bein belize
        3.2 bellevue bengali berman bernardino bernardo bertrand bespoke bestselling biennial bigfoot biggie bigot bikers bile
        3.2 biochemical biographies biologically biologists biotech bismarck bitching bittersweet blackjack blatantly bled
        3.2 blight blinding bling blocker bloodstream bloomington blowout bluegrass boa boasted boca bologna bolted bombarded
        3.2 bona boner bony booted bordered boroughs borrower bose bosnian botched botswana bottling boulders bounces bouncy
        3.2 bouts bowled bradshaw bragg braid brainer branched branching brandt brasil breakaway breakdowns breathed breathless
        3.2 brewster bridging briefed brigham brighten brisk britannia britt brodie brood brownie brownies browsers bruise
        3.2 bruising brunei bst bubbling bubbly bucharest budge budgetary budgeting buffett buick bulge bulletproof bullion
        3.2 bummer bumpy bums bundesliga bundy bunnies burbank bureaucrats burnham bustling busts byrd byu c000 c0000 cabaret
        3.2 cabs cahill calamity calhoun calibrated calibre caliphate callahan cambodian camilla camo campers canceling canteen
        3.2 cao capacitor capitalized captions captivating captives carbohydrate carbonate carcass cardigan carefree caregivers
        3.2 carers caricature carlyle carmel carmichael carousel carp carte cartels carton cartwright casper cassandra castor
        3.2 catalytic catheter cauliflower cavalier cavendish cayman ccp ceases cebu cecilia celeste celia celine cemented
        3.2 cemeteries centimeters centrist cereals cert ces cessation ceylon cfa chadwick chainsaw chakra challengers chalmers
        3.2 chandelier chandra channing chaplin charlottesville charlton charmed charting chases chatted chauffeur cheater
        3.2 cheerleaders cheerleading cheesecake cheeses cheetah chemically chemists chemo chests chewed chico chihuahua childs
        3.2 chipped chipping choral christensen christi chronology chute cicero cinematography cir circled circulate circumcision
        3.2 circumference civ clam clandestine clarifying classifications cleans clegg cleopatra clergyman cleverly cliche
        3.2 clientele climatic climber clinched clipping clocked clockwise clockwork cloning clot clout clutches clutching
        3.2 clutter coasters cochran cockroach codex coefficients coincidentally coincides colby coldest coliseum collaborator
        3.2 collagen collars collingwood colouring colton combatants combating combs comets comical commandant commandment
        3.2 commemorative commencing commend commuters como companionship compartments competes complacent complicit complied
        3.2 complimented complying composites compost composure computerized conceivable concentrates concordia concur condemns
        3.2 condone conducive confederacy confer configured confines conflicted conformity confronts cong congested congratulated
        3.2 connectors conner conqueror conscientious consecrated consensual consolidating consort consumes contaminants conte
        3.2 contemplated contends contiguous contractions contradicts contrasted convection converge conveying conveys coolant
        3.2 copeland copyrighted corbett cornered corny coronavirus correlate cortez cosby cosmo cot cougars coulson councilman
        3.2 counteract countrymen courteous courtship cowan cpa cpc craftsman craftsmen crafty crammed cranberry craven craziest
        3.2 creams cretaceous crete cricketer crickets crimean cripple criticise criticizes critiques crochet croft crooks
        3.2 crossfit crowe croydon crucible cruisers crunchy crusader cryptic crystalline csi csr ctrl cuffs culminated cumbersome
        3.2 cumbria cumming cupid curiously curses curt curvature cushions custard customization cutoff cyanide cyborg cyclic
        3.2 cyclical cypress dade dal daley damning dandy danes darby dares darrell darth davy deadpool deb debacle debilitating
        3.2 deceit deceiving declarations deducted deepen deepening defaults defer defiant definitively deflect deflection
        3.2 deforestation deformation deformed defying deities delaney deletion deliberations delicacy delusions demeanor demolish
        3.2 dempsey deng denoted denounce departs dependable dependencies deplorable deport deprive deranged deregulation derogatory
        3.2 derry descends desolate despised destroyers detain detergent deteriorating detour devise devotees devotional devour
        3.2 dhaka diagnoses diagnostics dialogues dicaprio dickhead dictators dictionaries diff digger diligent dilute directives
        3.2 directories disabling disagrees disarm disarmament discern disclosing discouraging discrepancies discriminated
        3.2 disgraced dishonesty disillusioned dislikes dismantle dismantling disparities dispersion disrupting dissenting
        3.2 distillery distinguishes distressing divergence diversification diversify djokovic dmitry dmv dns docked doesn
        3.2 doha doherty domesticated domingo dominique domino donnelly donny doomsday dorian doubly doughnut douglass downey
        3.2 downgrade downloadable downtime downturn downwards drags draped drawback drawbacks dreamy drenched dresden drier
        3.2 dries drinker droid drs drugged drumming drummond duane dubois dukes duluth dum dummies dunbar dung duplication
        3.2 durban dutton dwarfs dynamo dyson dystopian e000 eachother earners eased easing eastenders eastman eastward edm
        3.2 edo eel eels efficiencies effortlessly eid eiffel eighties ein electrically elevations elgin elisabeth elixir elliptical
        3.2 elmer eloquent ely emanuel embarking embodies embody embroidery embryonic emeritus emigration emil emile eminence
        3.2 emit emitting emmett emo emoji emperors emphasised enactment enclave encountering endanger endgame endorsing enhancements
        3.2 enigma enlarge enlargement enlighten enrolling entail entangled enthusiastically entourage envious envision enzo
        3.2 eos epiphany epoch equate equatorial equestrian equities equivalence equivalents eras erdogan erika erm erroneous
        3.2 ers eruptions escobar esoteric esports estranged eth ethereal ethereum euphoria eurovision eurozone euthanasia
        3.2 evo evolves exacerbated exaggerate exaggerating excavated excavations excelled excursions expanse exploratory extant
        3.2 extinguished eyeballs eyeing eyelids eyeliner ezekiel f000 faber fabian fabio fable facet fahrenheit fairytale
        3.2 faiths fakes fallacy familial fanatic fanatics fanfare farage farah farmed farts fashions fatality fated fates
        3.2 fathom fav favorably favoring faye feats feces federer feeble feelin fei felon femme fenced fend fermented ferocious
        3.2 ferries ffa fiancee fibres fibrosis fictitious fidel fielder fifties filings filipinos filmmaking finesse fingernails
        3.2 fireball fireman firewall firewood firmware firsthand firth fishery fitzpatrick flake flammable flanagan flannel
        3.2 flaps flashy flask flattered floppy floss fluff fluorescence fluoride foggy folders fondly fonts foothills footnote
        3.2 footnotes forceful forensics foresee foresight forgery formulate forsaken forsyth forte forts forwarding fostered
        3.2 fours fragmentation fragrant franks frantically frat frazier frederic frees fremantle fremont frequented friggin
        3.2 fringes frivolous frontman frosty frowned fruition ftc fuji fullback functionally fundamentalist furiously furthest
        3.2 gabby gaddafi gaelic gage galileo gallant galley galveston galway gangsters gaping gardeners gardiner garnet gaston
        3.2 gated gator gators gatsby gayle gazing gearbox generalization genitals geniuses genoa gentry geologic geologist
        3.2 geothermal germ germanic ghostbusters gibbons giddy giggling gigi gillespie gimmick giorgio girly gis gist github
        3.2 giver gladiator gladstone gladys glam glanced glendale glimpses glittering glorified glossary gmbh gmo gnome gogh
        3.2 goku goldsmith goldstein golfing goons gorman gospels goth gowns gpu gracefully gracie granada grandeur grapefruit
        3.2 grappling grasping grassy grate greenberg greener greenfield greensboro greer gregor greta greyhound grievous grinning
        3.2 grizzlies groomed grooves grossed groundwork grover guam guantanamo guaranteeing gubernatorial guerrero guesses
        3.2 guideline guido gums gunmen gunpoint gunshots gustav gymnasium gyms h2o haas hackney hades hadley hahahaha hahn
        3.2 hairdresser halle hamid hammering hamstring hana handbags handcuffs handedly handkerchief handlers hanger hanks
        3.2 har harcourt hardness hari harlan harmon harrisburg haryana hasan haunts haute hawking hawthorn hawthorne hays
        3.2 headmaster healy heartache heartland heaters hebrews hedgehog hehe heidelberg heinous heinz helpers hem hendricks
        3.2 henley hens hentai hepburn herds heres hermann hermit herr hertfordshire hess hillsborough hilly hindered hitman
        3.2 hitters hoard hobbs hodgson hoe hogs hogwarts homeowner homogeneous hone hookers hookup hooray hopelessly horde
        3.2 hordes horne horsemen horseshoe horticulture hotspot hounds housekeeping howie howl hua huddersfield hui hulu humbly
        3.2 humming huron huskies hutton hyatt hydration hye hypnosis hypotheses iain ibiza ich ico icu ifs ign ignited illuminating
        3.2 imdb imitating immersive imp impacting impeccable implementations implicitly imposes imposition impromptu improv
        3.2 impunity imran ina inbound incision inciting incl incomprehensible inconsistencies inconsistency incumbents indebted
        3.2 indecent indexing indistinguishable individuality indulgence inequalities inertia infer inference infertility infestation
        3.2 infiltrate infiltrated infiltration inflatable informational ingenuity ingrid inhale injecting inline inorganic
        3.2 inpatient inquest inserts insidious insolvency inspecting instinctively insurgent insurrection intangible intensify
        3.2 interacts interceptions interconnected interfered intermediary interrogated intersect intertwined intestine intestines
        3.2 intimately intolerable intolerant invasions inventories inventors invitational ioc iodine ionic ipl iranians ire
        3.2 ironman isla isolating isp issa ithaca itinerary ito ives jails jameson janitor jargon jarrett jellyfish jennie
        3.2 jerking jesuit jiang jimi jingle jody johannes johansson johnstone jokingly joon jordanian jos josef josie judgmental
        3.2 judo juggling juno justifies justine juveniles kali kano karim karnataka kayak keane keating keel kennel kern kershaw
        3.2 kev khaled khmer kiddo kilograms kilometer kilometre kilos kimi kimmel kingsley kink kinks kira kkk klan kneel
        3.2 knitted knowles knuckle koh koran kristina kruger kurdistan labourers lacy ladders lager lagging laguna lair laird
        3.2 lakh lamborghini lambs lament lamont landscaping lange lanterns larkin lauded laughable launchers laureate lawns
        3.2 laziness lds leach leakage leaping lear leech lefty legislator legislatures lei leighton leland lemme lennox leopold
        3.2 lesley lettering letterman levant leveling levied lewd liberate liberating libs lice lien lifeboat lifeless lifeline
        3.2 lighted limousine linden lineman liters lithuanian litres liturgy livin lizards llp lng loathing lobbyists loc
        3.2 lockhart loco locus lodges logistical longstanding looms loophole looted lorde lorry lotta lotto loudest lovable
        3.2 lovin loyalists lsd lucius luigi luka lukas luminous lumps lund lupus lvl lyme lymph lyndon lynne mabel macarthur
        3.2 mach macleod macquarie macy maddie madeline madly madman magma magnolia mah mahal mahmoud maids makeshift malnutrition
        3.2 malpractice mam mammalian manhood mani maniac manifestations manipulative mansions manure maori marbles marcia
        3.2 marginally mari mariah marino marjorie marlins marlon marquee marseille marshals martyrdom massey masterpieces
        3.2 masturbate mateo mathematically mathematician mathews matrices matty mauritius mavericks maxine mayonnaise mayweather
        3.2 mccall mccormick mcdermott mcdonnell mcdowell mckinley mcmillan mcnamara meade meatballs medalist medial meetup
        3.2 meghan melanoma melee melinda mellon melo melodic melville memberships memorials memorize menacing mendes mendoza
        3.2 meningitis menopause menstrual mercantile merch meryl messes metallica metaphors metaphysical meteorite meteorology
        3.2 methyl meticulous michelangelo michelin microbes microbiology midfielders midterms migrating migratory milano mildred
        3.2 miliband militias milking millennia millie milne milner mindless mingle minimise miraculously misconception misconceptions
        3.2 miserably mislead misogyny mobilize mobs modelled modernist modernity modesty mol molded molding moldova momentarily
        3.2 monsanto moors moot mor morley mortals mortem mortimer motherboard motherfuckers motherfucking moths motivates
        3.2 motorbike motorsport mounds moustache mover movers moyes mrna msc msg msu mubarak muffins mugs multiplier musicals
        3.2 mussolini mustafa mustered mutilated mutilation myles nadu nag namibia napkin narcissistic narrowing nativity navajo
        3.2 naw nebula nectar nee neglecting negotiable nehru neighbourhoods nelly nemo nerdy netting neurology neuron nev
        3.2 nevermind newbie newt newtown nguyen niall nicknames nietzsche nifty nigerians nigh nikita nitrate nitro noaa nocturnal
        3.2 nodding nom nomenclature nominating nonexistent nook norse northbound northward norwood notebooks notoriety novo
        3.2 nozzle nuances nuclei nudes nudge nugget nurturing nutritious nutty nvidia nyse nyt obedient oblique obscured obscurity
        3.2 oculus odessa odin offside oft ogden okinawa olympus omalley ono onslaught opal operas opus orchards organisational
        3.2 organisers orgasms orgy originates ornate orphaned orton ost osu otc ousted outback outcry outlawed outlaws ova
        3.2 ovaries ovens overdrive overflowing overland overlay oversaw overshadowed overtly overturn oxfordshire paces padded
        3.2 padding padres paine painless paleo palladium palpable palsy pamphlets panasonic panicking panoramic pant pantheon
        3.2 pantry paparazzi paraguay paralympic paralympics paramedic paramilitary parchment parmesan partake particulars
        3.2 partridge passer passover pastel pastures patched paternity pathogen patriarchal patrolling patterned patti pauses
        3.2 pave paxton payer payers payoff pci pears pebbles pedals peeing peeling peking pelicans peng penitentiary pensioners
        3.2 perched perilous periodicals perk permissible perpetrated perpetually perpetuate personalised perverse perverted
        3.2 pesos pessimistic pesticide peta peterborough pharmacies pharmacists philanthropic philharmonic philosophies phosphorus
        3.2 photographing photons photoshopped piazza picard pickled pictorial pikachu pints pitiful pitted pixar plagiarism
        3.2 plaques plastered platonic platter playa playhouse playlists pleads plethora plow ploy plucked plume plump plutonium
        3.2 poisons poked policymakers politico polk polka pollard polled pollock polytechnic pom popularly pornographic posse
        3.2 possessive pounded pours powerpoint prada pranks preachers prefecture preferential prefix prejudices premieres
        3.2 prenatal prepping prequel prerequisite prescribing presumption pretentious primates primetime pritchard probabilities
        3.2 probate probing proc proclaiming proctor procure prod prodigy prologue prolong promenade pronoun propane propel
        3.2 propensity prophetic prosecutions prospectus prosthetic proto prototypes provocation proximal pryor psp psychosis
        3.2 psychotherapy pty publicized pueblo pulpit puma pumpkins puncture pundits punjabi purchasers purest purified pussies
        3.2 pvc pvt qld quantify queues quilt rabies racers radcliffe radiology raffle ragged rai rainbows rallying rama ramadan
        3.2 rambling rancho rankin rapping rapport rapture ras ration rations rattled rattling raul ravaged rbs rca reactionary
        3.2 realisation realises realtor rebates recapture receptions reciprocal recognises recognising recoil recon reconciled
        3.2 reconnect reconstruct recorders recount recounted recounts recruiters rectangle rectify recurrence recurrent redhead
        3.2 redirect redmond redo redwood rees referrals refill refinement reflexes refreshed refrigeration refunded regan
        3.2 regency reginald regis reinforces rejoin relational relays relentlessly relieving religiously relive relocating
        3.2 remanded remastered remission remodeling rename renegade renewing renounce renters reopening reparations repel
        3.2 repentance reptile repulsive requisite rescues researches residues resigns resonate resorted resorting respite
        3.2 responsibly restitution resurrected ret retreats reuben reusable revamp revamped reverence revising revisited reviving
        3.2 revolutionaries revolve rewind rewritten rhinos richter riddled ridiculed rightfully rigs rims rin ringo ripley
        3.2 ripper ritz rivalries roadmap robberies roberta robson robyn rockford rockin rockwell rodent rohan rolf romo roofing
        3.2 rosary rotational rotations rotterdam rowdy rowling roxy rts rubs rudd rudder rudimentary rugs ruiz rundown rung
        3.2 ruptured ruse russo ryu s000 saber sabine sabres sacrament saddened saddest sadistic safeguarding saffron sag saigon
        3.2 salah salford salle salvatore sama samba sampson santana sar sash sassy satisfies sauces saudis sauna sayings scariest
        3.2 scaring scholastic schoolboy schumacher schumer scoreboard scorers scotty scourge scrambling scraped screenwriter
        3.2 scrubs scrum scully seaman seasonally seaweed secluded seconded seduce seduced seduction seductive seeding sega
        3.2 segmentation seine selector selena selfishness sem semifinal sender seneca seniority sens sensibility septic serge
        3.2 sergey servicemen setbacks sevens severance sevilla seville sewers sewn sexiest shadowy shaggy shaker shaman shamed
        3.2 shan sharper shatter shawl sheath shelling shen shenanigans shenzhen shepherds shielded shielding shilling shillings
        3.2 shone shopper shortcuts shorthand shortlisted shoving showcases showered shreds shrines shroud shrub shrunk shu
        3.2 shun shutters sidekick signage signify silas singularity sinn sino sissy sitter sixers sizeable sizing skateboard
        3.2 sketchy skewed skier skiers skim skis skyscraper slabs slade slag slant slaps slashed sled sleepless slider sloane
        3.2 slovak sludge sluggish slum slumber slums slur sluts smacked smiths smoothie smuggled snare sneeze sniffing snipers
        3.2 snl snowball snowfall snowflake snowman soaps sobriety sobs socialize sockets sod softened soles solicitation som
        3.2 soma someones songwriting sooooo soothe sorely soros sorrows soundcloud southbound souvenirs spamming sparta spartans
        3.2 specificity specifies specifying spectra spectre speedway spelt spiderman spiked spines spinoff spoiling spongebob
        3.2 sportsman sprawling sprays springsteen sprinkled sprinter sprite sprouts squarely squirt ssd ssr staffers staffs
        3.2 stag staggered stagnation staining stalked stalks stalling stallion stamping starboard stardust staunch ste stead
        3.2 steiner stemmed stepfather stepmother stereotypical stewards stewardship stiffness stiles stinks stipulated stitched
        3.2 stomp stoppage storming storylines straining strangest strangled strasbourg strata straws streamline stretcher
        3.2 stricter strippers structurally strut stu studded stupidest stuttgart submissive subsection substrates subtitle
        3.2 subversive succumbed suckers suede suez sufferers suggestive suitability sulfate sulphur summarize summertime sumner
        3.2 sundance superpower superseded superstition surfers surpassing susie suspensions sven swag swagger swallows swanson
        3.2 swayed swears sweatshirt swedes swirl swirling swoop syllables sylvester symmetric sympathies synchronized synergy
        3.2 synonyms synthesized tablespoons tabloid tacky taft tahoe tak taker takers takin tallahassee tamara tampering tangent
        3.2 tankers tapestry taping tarzan tasmanian taurus teal teas telecommunication telephones telescopes telly telugu
        3.2 tempt temptations tenderness tenn tentacles terence terminating terminus terri terrier tess tessa tester testicles
        3.2 testifying texan thaw theorist therapeutics thermometer theses theta thi thingy thirties thistle thom thong thorns
        3.2 threaded thrills throughput throwback thumbnail thumping thunderstorm tia tic tickle tiers timberlake timbers timeframe
        3.2 timelines timeout timid tint titties tod tolkien tome tomlinson tong tonne topology tori tormented toro torturing
        3.2 tot totalitarian toulouse tout touted towering townships tpp tracer tracts tramp transatlantic transcribed transistor
        3.2 translucent transnational transplantation transporter trashed traumatized trays triad triathlon trickle trimming
        3.2 tripod triumphs tropics trot troupe truthfully tsar tsp tubular tue tulip tumbling tunisian turing turkeys turnpike
        3.2 tutoring tweed twinkle tycoon tyne ugandan ultimatum ulysses unattended unbalanced unbeatable unbroken uncharted
        3.2 unconditionally uncontrollable uncontrolled uncut undecided undeniably undergoes underside undertaker unearthed
        3.2 uneducated unfavorable unfolded unforeseen unfounded unicef uniformed uniformly unimportant uninsured unintentionally
        3.2 uninterrupted unionists uniqueness unload unloaded unloading unmarked unorthodox unparalleled unqualified unquestionably
        3.2 unravel unreleased unsettled unsigned unsolicited unspoken untitled unveil unveiling unworthy upholding upkeep
        3.2 uproar upto urn ursula usps utensils uttar uttered uzbekistan valet valor vape variously vaults vehemently vendetta
        3.2 vernacular versed vertebrae vertex vertigo vests veterinarian vettel viagra vicki vidal vids viet vigil vigilance
        3.2 virtuous viscount viz vlad vocation voicing volley volts voss vowels vox voyages vuitton vulnerabilities vulture
        3.2 w00 waffles waged waiters waive waivers walden walkway wallis warcraft wares warmest warmly warms wasteland watchdog
        3.2 watercolor watergate waterway watery wavelengths wavy weakly weasel webinar wednesdays weekdays weibo weiner weinstein
        3.2 wendell wentworth wept westchester westerners westfield wharton wheeling whew whiff whips whirlwind whistleblower
        3.2 whistler whistling whitaker whoop whopping whyd widen widest wield wiener wight wigs wilbur wildcard wildest wildfires
        3.2 williamsburg wilt windmill winnings winslow wis wolff woodlands woodstock woodwork worded workflow workin workplaces
        3.2 worthington wrapper wrestlemania wto ww2 x000 xanax xmas yachts yall yearning yellowish yelp yknow ymca yogi yoon
        3.2 yorkers youtuber youtubers yukon yves zachary zee zeke zest zhao zoned zoology zulu
        3.1 abba abbreviation abd abdel abnormally abode abolishing abomination abstain abstracts abuja abundantly abuser accordion
        3.1 accords accountancy accrued acer acetate acknowledgment acm acorn acoustics acs actin actuality acutely adaptable
        3.1 addictions addis aden adhered adherents adhering adhesion adjutant adnan adoration adriana adrift advancements
        3.1 aegis aeronautical aeronautics affectionately affections affiliations affirming affliction aga aggravating aggregates
        3.1 aguero ahl ahmedabad ahn aiden aiken ailing airflow airliner airstrikes ais aisles alam alamo alastair alchemist
        3.1 alexandre alexei alf alfa alia alibi alimony allegheny allegory alleys allie allotment alluded allure almanac aloe
        3.1 aloft aloha alp alta altercation alters alves amalgamation amazes ambulances amman amounting amphibious amplification
        3.1 amplifiers amps ams amtrak amuse analyzer anand ancients ancillary andes andres anesthetic aneurysm anfield angelic
        3.1 angelica anglia animate anointed antagonists antelope anthrax anthropological antigua antioch antiquated antisemitism
        3.1 antisocial anwar anxieties anxiously aortic apis apologised appleton apprehension apprentices appropriated approvals
        3.1 aps aptly aquarius aqueous arcadia archaeologist archdiocese ard arden ares argentinian ariana arias aries ariz
        3.1 arkham armada armageddon armani armenians arming arousal arsene articulation artie artistry arturo arya ascot ashe
        3.1 asheville ashland asiatic assailant assimilated associating assuring ast astoria astral astray astute asymmetric
        3.1 atc atletico atonement atrium atrocious attaches attainable attainment atv atypical auctioneer audiobook audited
        3.1 auf auspicious aussies authorizing authorship autobiographical autographs automate autos avenger averse avert averted
        3.1 avian awoke awww axial aztec babcock bac backfire backpacks backstory backups baffling bafta bah baja bakersfield
        3.1 bal ballerina bandages banded bangladeshi banish bannon bao barges barnard barns barre barricade barrie barron
        3.1 bartholomew baseless bashed basilica bassett bateman bathed bathurst batters battleground battleship bavarian bayonet
        3.1 bayou bce bds beacons beaded beagle bearers beater beaufort beavers becca beets bei belinda bellows benefactor
        3.1 benji bennet bern bernadette bertha bertie beset bess bethel betraying bette bewildered bhai bharat bhutan biceps
        3.1 bien bingham binoculars biographer bitchy blacklist blackness blackstone blanchard blanco blaster bleep blindfolded
        3.1 blisters blob blockers blokes blueberries blueprints blunder bluntly blushing bodybuilding bodyguards bohemia bollocks
        3.1 bombshell bonaparte bonkers bonn booed booing bookshop boomerang boosters bootleg bora borneo borussia bos botox
        3.1 bouncer bowels bowers bowing bowlers boyce boyhood boyz bpd bracing braided branson brazen brazilians bree breezy
        3.1 breton brewed bridesmaid bridesmaids bridgeport bridgewater brie briefcase briefings brill brim brine britons broadening
        3.1 brochures bronson brooding brownish brunt brutus bucky buddhists bugged bugging bullish bummed bunkers burberry
        3.1 burdened burgeoning burkina burlesque burnout burroughs burrow busty butchers butte buttocks buyout byte cadence
        3.1 caged caine calculates calder californian callers calligraphy callous calvert camaro cambridgeshire campfire campsite
        3.1 canadiens cancellations cancels cancerous candice candies canes canister canons cantonese cantor capcom capitalization
        3.1 capping capri carat carcinoma cardiology caregiver carlin carney carpenters carrick carrington carthage cartier
        3.1 cartoonist casablanca cashed cashing cashmere casserole caster castes castillo catalina catalogs catalysts cate
        3.1 catered caters cauldron causation cautioned caveat cavern caviar ccc cedric celebratory celebs cellulose centerpiece
        3.1 certify cfo cfr cfs chairmen chairperson chalet chameleon champaign championed channeling chao chaps charred chaser
        3.1 chastity checker checkers checkpoints cheeseburger cheques chernobyl chesterfield chet childless chime chimes chipotle
        3.1 chivalry chong chopra chore choreographed choreographer chromium chronically chuckles churn churning cid cipher
        3.1 circuitry circumstantial circumvent civilised claimant clams clancy clapped clarinet clashed clasp cleanser clearances
        3.1 clearwater clemens clerics clintons clipper clique clit cloned clooney closeness closets cloths clouded cloves
        3.1 clustered cma cmc cnbc coa coachella coalitions coates cochrane cockroaches cocoon coe coerced coherence colchester
        3.1 coles collectible collectibles colossus comforted commemorating commendable commotion comms communicates competitively
        3.1 complainant complemented completeness compounding compress comptroller compulsion concealing conceding concierge
        3.1 condensation condescending condominium condos conductive conductivity coney confesses confessing confluence conforming
        3.1 confucius congregational congressmen conical conjure connotations consented conserved consonant conspiracies conspirators
        3.1 conspired conspiring constants constipation constitutionally consultative contemplation contended contesting contextual
        3.1 contours contraband contraceptive contradicted contrived conventionally conversational convincingly cookery coon
        3.1 cooperated cooperatives copa copious corals corbin cordial cordon cornerback corolla corral correlates correlations
        3.1 corrosive corrugated cortical coulter countering counterpoint courting cowardice coy coz cpl craftsmanship cram
        3.1 cranky crawley crazed crazier craziness crc creatively credence creditor creeks cremation creme creole crept cricketers
        3.1 criminally crisps criticising crockett crocodiles crores crossfire crossword crowning crt crucifixion crunching
        3.1 crusades crusher crushes crutches crypt csa csgo cubans cubicle cuckoo cuddling cuddly cults cummins curricular
        3.1 currie cursor curtailed curving curvy custodial custodian cyclops cynicism cyst cystic dada dah dahl dainty dak
        3.1 damnit danube darkened darlington davison daw dawkins dax dazed deactivated deans debatable debtor decatur decaying
        3.1 decimated decipher decisively decked decreed decrees deduct deems deepened defied deflected degeneration delegated
        3.1 delegations deliberation delinquent deliverance deluded delve democratically denominator denouncing densities deodorant
        3.1 depictions depletion deployments depp derail derailed derelict dermatologist desi destitute detects deteriorate
        3.1 detonated detonation deus devi deviate devolution devolved dexterity dey dialing diaphragm dichotomy dieting dietrich
        3.1 dignitaries diligently dill dilution diminutive dimitri dina dinah diners dio diode dior disallowed disappointments
        3.1 disapprove disbanded discharges discontinue discredited discriminating diseased disgruntled dismisses disorderly
        3.1 dispatcher dispatches dispel dispensary dispense dispensing dispersal displeasure disqualification disregarded
        3.1 disruptions diss dissident dissidents dissipated dissolving distancing distort distraught distributes ditches ditching
        3.1 diverting dix dizziness django dms dobbs dobson dodged dogg dolce donetsk donkeys dons doppler dorchester dork
        3.1 dormitory dorsey dory doth doubtless doughnuts doves downer downgraded dowry dps draught dreamers dreary dredging
        3.1 dreyfus dribble drinkers drizzle dropbox droplets dropout drugstore dsm duality ducts dumber dunkirk dunlop duped
        3.1 duplex duplicated duran dusted dusting dutchman duval dvr dwarves dwindling dwyer earbuds earle earring eau econ
        3.1 ect eczema edging edict edmond effortless egalitarian egan egos egregious ejection elaborated elasticity electrolyte
        3.1 elicit elisa elitist elsevier elsie emailing embankment embassies embellished emergent emi emigrated emilia emilio
        3.1 emp emphasise emphatic emphatically emptying enacting enchanting enclosures endangering endearing endocrine energized
        3.1 enfield engulfed enigmatic enlightening ennis enoch enrolment entertainers entice enticing environmentalists envisaged
        3.1 epi epilogue epithelial epl epoxy equates equine eradication erasmus ere erickson ernesto erroneously erwin esl
        3.1 esq esquire ester estonian etching etf ethically ethnically etienne eton eun evangelicals evangelist evaporation
        3.1 evoked evokes exalted excesses exchequer excitedly exclamation exclusivity excruciating executes executioner exemplified
        3.1 exempted exerted exes exhale exhilarating exiles explorations expressway ext extermination extraterrestrial exxon
        3.1 eyeball eyelashes eyeshadow eyre failings fainted fairbanks faire fairer fairest fancied fannie fanning fared farley
        3.1 farthest faso fateful fatima fatter faucet faust fave fdr fedora feeders feisty feldman felicia feline fellowships
        3.1 femininity fenton fer fergus ferns fia fickle fiend figurative filament fillers filly fingered finisher fink finley
        3.1 firefly firemen fished fission fives flak flamboyant flamingo flanks flared fleas fledgling fleetwood flemish flexing
        3.1 flicker flicks flimsy flotation fluke flurry flutter fob focussed folio fondness foodie foolishness footer foothold
        3.1 footwork footy forage foraging forbidding forbids foregoing foreword forfeited formality formulations forrester
        3.1 fortifications fortitude forza fosters fouled fouls foundational fourier foyer fra franc fraternal frau fraught
        3.1 fresco freshness frey frigate frighten fronted frugal fsa fsu fueling fugitives functioned furnaces furnish fuselage
        3.1 fuses fuzz gable gags gaines gainesville gait galilee gallows gallup galore gambit gambler gamblers gamergate gan
        3.1 gandalf garages gauges gauntlet gcse gendered generalizations genitalia genomic gent gents geologists geopolitical
        3.1 georg georgina ger gestapo gettysburg ghanaian ghastly ghostly gia gillette gills gilt giroud giuliani giuseppe
        3.1 giveaways glastonbury gleaming glider gliding glimmer glitches glock gmc goddesses goers goethe goldie golds goliath
        3.1 gonzales gonzalo goodyear googled goon gopro gorbachev gorillas goto gout governs graces grady grandchild grandkids
        3.1 granville grapple grated gratifying grating gravely greets gretchen grids grievance grille grilling grime gripped
        3.1 groan groovy grossing grouse growl grub grunt gsm guernsey guerrillas guilds guillermo gullible gully gundam gunna
        3.1 gunned gunning gurney gust gusts gymnast gypsies h00 habitable habitual hae hahah haiku hailey hailing hails haines
        3.1 haircuts hairline hairstyles halal hallways hammock handball handcuffed handouts handset hangout hanley happenings
        3.1 harem harlow harman harmonies harmonious harrow harrowing harsher hartman hashtags hast hatchet hatching hater
        3.1 havin haw hawke hawkeye hazy headers headlining hearst hearth heathen hectare hegemony heiress heisman hells hemorrhage
        3.1 henceforth henson hepatic hereafter hereford heron hertz herzegovina hesitated hester het heterogeneous hewlett
        3.1 heyday hhs hickey hickory higgs highlanders hijab hijack hijacking hikers hilda hilltop himalayan himalayas hines
        3.1 hinged hinting hippo hirsch hitherto hives hiya hoarding hobo hoboken hof hogg hoist hola hollis hologram holster
        3.1 homegrown homers homicides hoods hoof horatio hornet horoscope horowitz horseman horticultural hospitalization
        3.1 hou housemates housework howdy hoy hpv hsbc hubble huddle hues huey huff humanist humankind humanoid humbling humboldt
        3.1 humiliate hunch hunk huntsville hurled hurling hurried hurst hwang hydrocarbons hydroelectric hyperbolic hypnotic
        3.1 hypocrites hyung icloud idc ide idealism idealistic identifier idris illegals illogical illuminati ima imagines
        3.1 imax imma immunology impala impart impeach impeached impedance impede impenetrable imperialist importer improvisation
        3.1 impurities inaction incapacitated incite incline incognito incoherent inconceivable inconclusive increments incubation
        3.1 incubator indestructible indignation induces indulgent indulging indus industrialization industrialized inept inert
        3.1 inexplicable inf inferred inflamed inflicting influencers infographic informally infringing ingested ingrained
        3.1 inhalation inhaled inhibited inhibiting inhibits inhumane initiates injustices inked inks innocents innocuous innovate
        3.1 innovators inns inseparable insides insignia insofar inspirations installments instantaneous institut institutionalized
        3.1 instructing intensifies interacted intercontinental intergovernmental interlude internationals interplay interpol
        3.1 interpreters interruptions interrupts interspersed intoxication intravenous intrinsically intruders invests invoices
        3.1 invoking ipads iraqis irc irina irishman ironing irradiation irritable irritate isbn isi islamists islander islington
        3.1 ism ismail isotope isotopes isps israelites issuer ita italics iterations itt ivf izzy jace jacobson jagged jagger
        3.1 jain jaipur jammu jana janis jayne jazeera jed jeffery jehovah jeopardize jerky jest jesuits jig jigsaw jillian
        3.1 jinx jive joachim jobless jodi jodie johanna johnnie joo josiah joss judgements juliette junctions juniper juries
        3.1 jurisprudence juror jus justifiable k00 kal kam kant karan katharine kathmandu kavanaugh kaye kayla kearney keaton
        3.1 kee keenan keenly keg kei kellogg kendra kepler kermit kessler khalil khz kieran kiki kilda kiln kilo kimberley
        3.1 kindred kinship kissinger kms koi kwh kwon kyiv kyrgyzstan kyung l00 labelling laces lactose lakeside lakhs lal
        3.1 lambda lamented laminated lancet lander landfall landon landowner landry lapd lark larsen lasagna lass lat latvian
        3.1 lawfully lawmaker layoffs layouts leaderboard leaflet leaky lecturers lecturing leds lehigh leicestershire leila
        3.1 lenient leningrad lerner lesion leto leung lev leveraged levers leviathan lexicon liang libido licks lids lieutenants
        3.1 lifeguard lifetimes ligaments likened lilac lilies limelight limerick lina linkage linn linus lis lister littered
        3.1 livery livingstone lizzy loader loathe lobbied lobbyist lobes lockers lockout lockwood logistic lok lolita lollipop
        3.1 lon loner lonesome longed loopholes loosing lorna louvre lovingly loyalties loyola lps lube lucian lucille lucknow
        3.1 lug lukaku lukewarm lull lullaby lumbar lumen lurk luton luv luxuries lyft lyman lyn lynching lynx macaroni macedonian
        3.1 machete machining macintosh mackerel maclean macon maddox mage magicians mahatma mainline mainstay maison mak mallory
        3.1 maneuvering manganese manifests mannequin mantis marathons marcelo mardi marge marguerite mariana mariano marissa
        3.1 marius marketable markup markus marlborough marlene marquette marr marred marshes marshmallow martina martins masking
        3.1 masonic massa massacred massacres massages masse mastercard masterful mathematicians mathew mathias mathieu matic
        3.1 matteo mattresses maturing mau maximal maximise maximizing mayan mayfield mca mcc mccabe mcintosh mcintyre mckinney
        3.1 mcleod mcmaster mcpherson mech medallion medallist mediate medics mediocrity mediums medusa melrose memorized meng
        3.1 ment mep meps merchandising merrick merritt merseyside messengers metabolites metaphorical metaphysics methodologies
        3.1 meticulously mfa micah microorganisms microphones midsummer midwestern midwives mig migraines mika millers milligrams
        3.1 millimeter mime mimicking mimics minaj minding mindy minh minimally miniseries minivan mink minsk mischievous mismanagement
        3.1 mismatch mistook mistrust misunderstand misunderstandings mite mites mitigating mitochondria mixtures mlm moans
        3.1 moat mobiles mobilized modal moderated moderates modernism modestly moffat mogul mohawk moira molds moles molested
        3.1 momentary momentous monarchs monasteries monastic monet mongolian monies moniker monique monmouth monograph monopolies
        3.1 montague montenegro moo mooney mora moratorium morgue mori mormons mornin morph morphological morrissey mort mortars
        3.1 morty mot motley motorist motorized mou mouthed mouthpiece movable movin mow mower mowing mozzarella mp4 mpg msp
        3.1 muck mucus mulberry mules mullen mulligan multiculturalism multidisciplinary multilateral multiples multiplying
        3.1 munch munro munster muppet murals muriel murky musa mussels mutated mysticism mythological naacp nab nada nafta
        3.1 nagar nameless namesake nanoparticles napier naps narrows nascent nasser natalia naturalist nauseous nave nawaz
        3.1 nazareth nazism nbsp ncis necklaces needlessly negotiator nel nell nellie neonatal netball netted neuro neuronal
        3.1 neurotic neutralize newborns newfound newsroom newsweek nia nib nicholls nickelodeon nicks nieces niggas nightclubs
        3.1 nightfall nightlife nikolai niles nimble nineties nit nomad nomadic nominally nonviolent noone nord normative nosed
        3.1 nostrils notary nottinghamshire nouveau novella npc nps nrc nuance nukes num nuremberg nurtured nyu objectionable
        3.1 objectivity oblige obliterated observable observance observational obstruct obstructing obtainable occupant octane
        3.1 octave oda officiating oftentimes ogre oiled okc olaf oldham oldies oleary oleg ombudsman omen omissions omit omni
        3.1 omnibus oncoming oneal ong ont oof opec opportunistic opposites ora orally orchids ordinances organiser organizes
        3.1 orson orthopedic orwell osborn osha osullivan ott otters outages outburst outcast outfield outings outlandish outlying
        3.1 overarching overcrowded overgrown overheating overloaded overlooks overpriced overreacting overriding overruled
        3.1 overseen overtaken overthrown overwhelm oxidative ozil ozzy pacifist pacquiao paddington paddock padre pai painkillers
        3.1 pakistanis palatable palermo pallet palliative pancreas pandas pane pang pao parable paraphrase pardoned parentheses
        3.1 parishioners parkland parliaments parlour parramatta participatory partisans partitions pasha pastime patchwork
        3.1 pathfinder pathologist patriarchy patrice patsy pau paulie pavel payouts payton paz pcb pcr pct pdp peacekeeping
        3.1 peaking pedagogical pedagogy pediatrician pedophilia peed peeps pegasus pegged pelican pell pellet pembroke penalized
        3.1 penance penchant pendleton pensacola penultimate peoria peppermint peptides percentile perils periodical perm permissions
        3.1 peroxide persians persuading peshawar pesky petersen peugeot pfizer pharmacology pharrell phew philanthropist phobia
        3.1 pia pickering pickups piedmont piercings piety pigments pinball pinched pinning pinot pinto pisa pitbull pitfalls
        3.1 pixie placenta planar planks planter planters plat plating platt playgrounds playin pleasurable plenary plough
        3.1 pluck plugging plugins plunder plunging ply pneumatic poaching poc pogba pointy polaris polarity polluting polyester
        3.1 polygamy polynomial pompous pondering pont pontiac ponytail popes poplar porridge porte portman poseidon postdoctoral
        3.1 postings postman postmaster postmodern potentials potts potus powders powerfully ppg ppm ppv prays prc precincts
        3.1 predictor prefect premiers prentice preposterous prerogative pressuring prevails preventable preventative pri primate
        3.1 primed primordial priscilla privatisation procured profanity professed prog projectiles prometheus propagate prophecies
        3.1 proponent propositions protectors protester protruding provenance proverb proverbial provost proxies prudence prudential
        3.1 pry pseudonym psychoanalysis pubic publicist puffs puffy pug puig pullman pundit puns purgatory purged purify purposeful
        3.1 purposefully purses pursues putt puzzling pyongyang q00 qing qpr quack quadruple quail quaker quarries quarterbacks
        3.1 quarterfinals quests quill quirk quorum quot rabbis rabid rachael racking radiotherapy rafa raged rages rah raisins
        3.1 raman rana ranchers ranting rants raps raptor rarest rascal rashid rasmussen ratchet ratification rationality rationally
        3.1 ravine raving readership reaffirmed reared rearing reassured rebuke rebuttal recited reciting reclamation recoveries
        3.1 recreated reddy redefine redneck redress reece reeling reels refineries reformer reformers refrigerated refurbishment
        3.1 refute refuted regaining regenerate regenerative registrations regroup rehearsed rehearsing rei reigned reimburse
        3.1 reincarnation reinstate reinvent reiterate rel reliever relinquish remarried rembrandt remedial remington remit
        3.1 remixes renewables renown repatriation repealing replays repo repressive requiem rescheduled resented resettlement
        3.1 resists resolute resolves resonant resonates resourceful respondent restarted restricts resultant resumption resurrect
        3.1 retailing retainer retaliate rethinking retinal retirees retrograde reunification reused revel revere reverted
        3.1 revue reworked rewriting reza rgb rhodesia ric rife riffs riggs rigor ringer rioters riyadh rizzo rms roanoke robins
        3.1 robo rocco rochdale rochelle rockers rockville rollercoaster rollin rollout romances romano romantically ronan
        3.1 roo rooftops rook roosters roper rosario rosenthal rosters rotates rotherham rothschild roundtable rouse rout rower
        3.1 rsa ruben rudolf runnin runtime runways rus rut saab sabha sacking sacrificial sae salaam salient salmonella salvaged
        3.1 samaritan sampler sanjay sarajevo saratoga sargent sari sata saucer savoy sax saxophone scaffolding scammers scant
        3.1 scapegoat scarecrow scarring scarves scents sceptical sch schema schematic scheming schizophrenic schooled schoolgirl
        3.1 schulz schuster schwarzenegger scorched scorching scoreless scorn scorpio scotsman scottsdale scotus scrapping
        3.1 scrappy screeching screwdriver scribe scripting scrubbing sculpted seamlessly seatbelt seater seawater secretion
        3.1 secs sects secures sedentary sedimentary seedlings selma semblance semis sensei sensibilities sentient sentry separatist
        3.1 seq sera serb serbs serpentine servings settler seung sever sexton shambles shank shaq sharpen sharpened shay sheeran
        3.1 sheik shelled shellfish sheriffs shetland shhh shingles shinji shippers shipwreck shirtless shiv shivering sho
        3.1 shocker shockingly shortening shortlist shoulda showering showroom shrapnel shrewd shrewsbury shrinks shropshire
        3.1 shudder shuffling shunned shutout sia siam sicilian sickle sidebar sidelined sie siegel sighed sightseeing signaled
        3.1 signup sikhs silencing silverman silverware simons sine singleton situational sizzling skateboarding skaters skeptics
        3.1 skillet skillful skips skirmish skit skunk skyscrapers skywalker slalom slashing slavic sledge slicing slimy slipper
        3.1 sloping sloth slotted slough slowdown slowest slurs slutty smeared smes smuggle smugglers smurf snapshots snippet
        3.1 snippets snitch snout snowboarding snowflakes snowing snuff snug soared sociopath softening soggy solder solicit
        3.1 soliciting solidified solidly solstice solvents someplace somethings sonata songwriters sonoma sonya sorcerer sorcery
        3.1 soulful soups sous southend southward southwark soybean spades spaniard spank spanned spar sparking sparkly sparring
        3.1 sparsely spearheaded specialises specialising speciality spectacles specter speculating spied spielberg spindle
        3.1 spinners spire spits splashing spleen spock spoilt spokeswoman sponges spoof spooked sporty spotless spout spp
        3.1 sprang sprints sprout squeaky ssh stabilizing staffer stairway stampede standardization standoff stardom stargate
        3.1 starlight starry statehood stately steadfast steamship steamy steeped steered stench sterilization sti stimulant
        3.1 stimulates stinging stings stinky stitching stochastic stockholders stockpile stoic stomachs stomping stoop stopper
        3.1 storyteller stow straightened stratton strenuous strewn strickland strikingly strives stroking stroller strolling
        3.1 stub stuffs stumps stuttering stylistic stylized subbed subdivided subdue subgroup subordinates subscribing subsistence
        3.1 subterranean subtlety subtract succumb suffocating sugary suisse suitably sully summarizes summoning sumo superbowl
        3.1 supergirl superhuman supermodel supernova superpowers supersonic superstitious supra surcharge surgically surrendering
        3.1 susanna susceptibility suspending suspiciously sutter suzy swamps swann swaps swaying sweats swells swindon syd
        3.1 syed sympathize symptomatic synchronization synonym syphilis syrians t000 tabernacle tablespoon tabletop tact tactile
        3.1 tagline tajikistan talisman tangle tanned tantrum tapered tapering tardis tariq tarot taser tatiana taxonomy tay
        3.1 tbsp tcp tcu technologically tectonic tele telecast televisions tellin temperance templar tenacity tenancy tenets
        3.1 tennant tentatively terre terrence testimonial testimonies textured tfw thence theologians ther thermodynamics
        3.1 thermostat thierry thinning thirdly thrash thresholds thrice thrives throbbing thu thunderbolt thurston thwart
        3.1 thwarted thx thyme ticked tiered tiki tilting tinged tingling tiniest tins tirelessly tiresome tmz tna todays toggle
        3.1 tolerable tombstone toms tonal toner tonga toolkit topeka topper torches torpedoes torrance tort tortilla totalling
        3.1 totem toto touchscreen touchy tourney townhouse toxicology tra trackers trafficked trailed trampled trampoline
        3.1 tran tranquil transcend transferable transformative transfusion transistors transitioned transmitters transpired
        3.1 transplanted transplants transponder trashy travers tre treachery treasured tres trespass trespassing tribunals
        3.1 tributaries tributary trimester tripled tris trish tron trope truffle trumpets tubs tufts tully tum tumours tumultuous
        3.1 tundra tung tungsten tunic turd turrets tuscany tutors tuxedo tweaked tweaking tweaks twigs txt ucl uconn uhm ukrainians
        3.1 ulcers ultrasonic ultron umar umbrellas umpires unbreakable unchecked unclean uncompromising undercut undergraduates
        3.1 underlined undermines understated underwriting undeveloped undoing unequivocally unfaithful unfolds unfriendly
        3.1 unhappiness unharmed unholy unicorns unify unifying unilaterally unimaginable unintentional unitary unites univ
        3.1 universes unknowingly unlawfully unlicensed unmatched unmistakable unplanned unplugged unproductive unregulated
        3.1 unruly unscrupulous unsecured unspeakable unsuspecting unsustainable untimely untouchable unveils unwarranted unwelcome
        3.1 unwell unwillingness unwind unwise unwittingly upheaval upland uploads upped urbana usgs ushered ust utilised utopian
        3.1 uva vacate vaccinations vail valentina valentines valentino valkyrie valuables valuations valuing vaping vases
        3.1 vaulted vauxhall veal vedic vegans veneer venomous venting ventral verbatim verifying verlag verona vetting vfl
        3.1 vial vibrate vibrator vicente viceroy vick vickers vida videotape viewership ville villiers violinist virgo viscosity
        3.1 vito vodafone vogel voiceover vouch vous vultures wad wafer waging wai wailing waitin walcott waldorf walgreens
        3.1 warhol warlord warring warrington warship warwickshire watchful waterford waxed wayward wcw wearer weathered webs
        3.1 wedges weirdly wetland whence whered whimsical whiplash whisk whit whitehead whiting wholeheartedly whomever whooping
        3.1 whos widowed wildcat willed willful willfully willoughby wishful wiz wondrous woodley woodrow woodworking woof
        3.1 woolf worcestershire workable workmanship worsen worsened worsening worshippers worshipping wounding wrecks wren
        3.1 wrenching wrestled wrinkle wronged ww1 wwf wwi wynn xenophobia xenophobic xinjiang yak yakuza yao yawn yemeni yiddish
        3.1 yoda yoke yoko yoruba yuck yung yusuf z00 zane zenith zeros zeta zhu zimmer zionism zoos zuma zur
        3.0 aac abbreviations abject abridged absences acacia accomplices accorded accra acosta acquittal acreage actionable
        3.0 acupuncture adc adi adjusts administers admins adorn adp adv aerosol aes afb affective affords afield aftermarket
        3.0 agar aggregated aggressor agm agnostic airmen aisha ajay alameda albino aldrich aldridge algiers alienate alienating
        3.0 alight aligning allocations alluring alphabetically amazement ambivalent amending amer amethyst amg amit ammonium
        3.0 amour amputation anakin anarchism andi angling anil annuities antagonistic antennae anthropologists antichrist
        3.0 antimicrobial antrim anvil anya anzac aoc apnea appointees apprehend apprehensive aquaculture aquinas aquino architectures
        3.0 argos argus arjun armament armpit aron arr arrears artemis ascribed asd asl asp assent assimilate assn asterisk
        3.0 astra asu asymmetrical ata atf athenian atk atrocity ats atwood auctioned augmentation austere authorisation authoritarianism
        3.0 avec awkwardness axiom ayrshire azalea bab babylonian babysit backdoor backer backfired backpacking bacterium bagels
        3.0 bagging bailiff baines baiting balconies balochistan banco banda banger banked bantu barbour barista barks barnsley
        3.0 barricades barter basalt bashir bastille bbl beamed beaming beasley beatings beet belated belligerent bello benin
        3.0 benn bequeathed bergman berserk berwick bessie betrays betterment betts bibles bickering biggs bigoted bigots biopic
        3.0 birthright bistro bla blackboard blackwater bleached bleaching bleeds blinked blissful blister blockage blondes
        3.0 blondie bloodbath bloods bloomfield blot bluffs bmc bnp bobo bod bode boer boggling bolivian bonanza bookmark bookstores
        3.0 booms boos bor bosom botanic boundless bourgeoisie bovine bower bowles bowser boycotting braced brah braids braille
        3.0 bravest brb breakthroughs breasted breather breitbart brendon brentwood bribed broadened bromwich brooch brookings
        3.0 brothels bryson bsc buckeyes buckinghamshire budgeted buffers buffs bugger bulging bulletins bunting buoy burials
        3.0 burners burrell busan butchered buzzed bylaws bypassing byproduct bystander bystanders cabal cabot cabrera cadre
        3.0 callum calmer campaigner campground canaan candace candlelight cannibal cannibalism canoes canyons capacitors capes
        3.0 capricorn captivated carleton carvings caspian catalogues catapult catchment categorically cathode cato causeway
        3.0 cbn cbt ccs cdr ceded celeb cellars censors centro centurion cervix cfl chalice chas cheaters chechen cheery cheung
        3.0 chia chichester childrens chimneys chino chit chomsky chrissy christophe chuckled citi civility clamps clarendon
        3.0 cleanly clearest cleaver clements cleo clippings clustering cns cob coexist coffees coffins cog cohn cohorts coinage
        3.0 coldplay coll collin coloration colorectal colorless combing commandos commendation compendium compensating complacency
        3.0 complements complicity concave condominiums conf confessional confetti configure confrontational confuses congolese
        3.0 congratulating conley connective connelly connors conquests consenting consequent consequential conservancy consignment
        3.0 constitutions consummate contagion contending contentment contraceptives contradicting conundrum convene convoluted
        3.0 convoys cools corinne corrects corresponded corset cortisol coughs counterproductive coursework coutinho coven
        3.0 covent covington cowell cramp craters cray crayon crayons cree cremated criminology crm crock crocker cronies cropping
        3.0 crossbow crowding crucifix crusty crux cst csu cucumbers cumin curate curators curran curricula cus cusp cutlery
        3.0 cuttings cyclones czar d0000 daggers danville dataset davos dawes dawned daybreak dazzle dealerships dearborn decadent
        3.0 decal deciduous decode decoding decoy defected defenseless defenseman defiantly defies degenerative delia delicately
        3.0 deloitte delphi deluge demoted depots depraved depriving derivation designations desist desolation detectable detract
        3.0 deviant deviations devine devious devlin devoured diagnosing dialed dials diamondbacks dianne diarrhoea diced didier
        3.0 diem dieter diffraction digested dil dilapidated dilemmas diminishes diplomas discerning discography discounting
        3.0 discreetly disintegration dislocated dismissive disorganized dispenser disposing dissection disseminate disseminated
        3.0 dissimilar dissolves dissonance dissuade distillation distortions divas divorces dmc doable doggie domes doorbell
        3.0 dorado drab draco dragonfly dredge driscoll drool drooling dslr dubs dubstep duchy ducked ducking dugout dulles
        3.0 dumbledore dumfries dumplings dunne dup duplicates duress dynamically dyslexia earmarked earths earthy eastbound
        3.0 ebb ecb ecu ecumenical edelman editorials eeg eggplant electrification elects elevating elizabethan ellington elmo
        3.0 emanating embedding embezzlement emigrants emir emits emu emulation encased endeavours endorses endothelial enforceable
        3.0 engel engravings enmity enriching enshrined ensues ephraim epidemics episodic epsom equinox equipping eradicated
        3.0 erasing ericsson eritrea erode eros erotica erp errand escalator escrow eskimo essendon ethnicities eucalyptus
        3.0 eucharist eulogy eurasia evaporate evaporated evasive eventful evocative ewan excitation excites exclaimed execs
        3.0 exhibitors exo exorbitant expat expedite experimentally expiring expiry extinguish extracellular extremity eyelid
        3.0 fabregas fainting faintly faithfulness famer fanatical fancies fangs fantastically fas fastball fastened fawn fayetteville
        3.0 fca fearsome feathered fecal federalist federico felonies fema femur ferrer ferret fertilization fertilizers fervent
        3.0 fervor fewest fiberglass fiduciary fielded fifths financials financier fingering fisk fitter fixer flagrant flanking
        3.0 flapping flavoured flax flinders flirty flocks florist fluctuating fluency fong foray forbade foreplay forested
        3.0 forfeiture forgave formatted forties fowl foxy fractional franken frauds freckles freelancer freighter fresher
        3.0 friar frickin friendlies fronting frosted frosting fructose fruitless ftp fuelled fullerton fullness fundraisers
        3.0 furnishing furs furthering fussy g000 gaap gah gaia gallo gallop galvanized gambia gangsta garb garnish garvey
        3.0 gasping gassed gatorade gaul gaulle gcc gelatin genealogical genevieve genomes gentile gentiles gentrification
        3.0 geophysical georgie gestation gilles gingerbread gino giro gladiators glances glancing glaucoma glazing globes
        3.0 glorify gnu goblins godwin gomes goody googling goosebumps gosling gough graciously grammys granular graphene grasped
        3.0 grasshopper grassland graze greenish grenada grocer groping grossman groupings grower grunge gtfo gtx guangdong
        3.0 guardiola guggenheim guildford guillotine gull gulls gump gunnar guo gusto gutierrez hackett hagen hajj halfback
        3.0 hallowed halsey halting hamish hampden hampstead handguns handout hap harbors hatches hatfield havens hawkes hdd
        3.0 hdr headband headless headlined headway healthiest hearsay heartwarming hebron heineken helene hemsworth hennessy
        3.0 henning henrietta heralded heretic heretics hernia hershey heywood hibernation hiccups hideout hilariously hindrance
        3.0 hippies hippy hiss hitachi hoa hobbes holed holographic honed hoodies horned horner hotspur hottie hove hoyt hrc
        3.0 huddled hula hummus hutch huxley hvac hydrate hydrocarbon hypothesized i00 iaea ics ideologically idyllic ills
        3.0 illustrative imaginations imbalances immunization impairments impediment implantation importation impossibility
        3.0 impotent impressing improvise inaccuracies inactivity inanimate inappropriately inca incandescent incendiary incessant
        3.0 inconsiderate incriminating incurable indictments indiscriminate indistinct individualism individualized inexplicably
        3.0 infallible infernal infield inflate informants informatics infrequently infringed infuriating inhaling innovator
        3.0 innumerable insatiable insistent instalment instigated instill instinctive insular insulating insurmountable integers
        3.0 integrates intelligently interferes intermission intermittently interpretive intracellular intrepid intuitively
        3.0 inundated invalidate invariant ionization iqbal irma irreplaceable isn isolates jackman jag jailbreak jakob janus
        3.0 jarring jazzy jeanette jens jeong jeter jetty jia jimmie jing joffrey jolt jpeg juggle jukebox jumpsuit juncture
        3.0 junkies kabir kamal kami kangaroos kanji kar kareem karin kato kawasaki kayaking kebab keegan kenyon kerosene keto
        3.0 kew khaki kidnappers kilogram kimball kingpin kiosk kip kirkland klopp knobs koala kohli kombat kos kpop kroger
        3.0 kush lago lags lakewood lampard landline lannister larsson lashed lashing latham lawton leanne leapt lectured lees
        3.0 legacies legalizing legislate leia leinster leisurely leith lentils leprosy levelled leveraging levies lexi liberian
        3.0 licensee lieberman ligand lightening likeable lila lingo lisp liturgical livelihoods locator locust loeb lohan
        3.0 lombard lombardi londonderry longs looney looping loren lothian loyalist lubbock lubricant lucie lucien lui luz
        3.0 machado macos macpherson macroeconomic macs magenta magnate magnetism magneto magnifying mags mahoney maitland
        3.0 malaya mallet maloney maltese manafort manhunt mannered manoeuvre margo marietta mariner markham markov marlboro
        3.0 marlin marlowe marquez marsden marsha marshmallows martyn masons masquerade masterchef materialism mather matron
        3.0 matthias maud maude maximus mayfair mays mcallister mccormack mcgovern mcgowan mea meager meaty medici meditating
        3.0 mee melodrama merciless merck merle merton mes metamorphosis metastatic meteorites methodical methodological mew
        3.0 middletown middleweight mifflin migrations mila milder militarily milkshake millimeters milly mince minced miniatures
        3.0 minimized minion minn mints mio mirroring misfits mishap misinterpreted mistaking mistreated misused mixers mmmm
        3.0 moby mocks moderators modernize mojave molasses molina molotov momo monde mongols monochrome monogram monographs
        3.0 monolithic mons moray morn mortuary motherland motogp motoring mott moulded mouthful mozilla mtg muffled mugabe
        3.0 mulder mullins multilingual mumford mun mundo muppets murdock mus muses mustangs mutton myra mystique mythic n000
        3.0 nacho nacional nailing nakamura nanjing nanotechnology napkins napping narcissism narcotic nationalistic nats natured
        3.0 navarro nda nefarious negroes neill neoliberal nepali nervousness nested nestled neumann neurologist neutrons newbury
        3.0 newell niches nik niki niko ninjas nite nix nmr nobleman nola nonprofits normalize notched notifying nourishment
        3.0 novelists nsf nucleotide nugent numerals numeric nunes nurseries nutmeg oars oates obeyed obeying observant obstetrics
        3.0 obtains obtuse octavia ofcourse ohm okeefe olfactory olympians oneil oneplus oop opioids optimist optimizing optimus
        3.0 orc orcs organically orkney ortega osbourne osiris ostrich outbound outbursts outfielder outflow outperform outsourced
        3.0 outwardly overalls overcast overcrowding overlord overpowered overtaking overtook overture overuse overworked p2p
        3.0 padilla paintball panned pantomime papacy papi paragon parma parochial parr parrish parrots particulate parton
        3.0 passively pasted pastries patreon paulson pausing pdt peacetime peddling pedophiles pei penicillin pepperoni perfecting
        3.0 perforated perfumes permian perplexed persistently pertains pes peso petal petitioned petrified petting pheasant
        3.0 phenotype phonetic photosynthesis photovoltaic piccadilly piccolo pico pied piero pierson pietro pilates piloted
        3.0 piloting pinching pita pitchfork pitting pius pkk placid plagues planck plankton playtime pleistocene plumbers
        3.0 pms pointe poise polygon pompeii pompey poodle pooping populism pornhub portage ported positional postcode postponement
        3.0 pox ppc prasad precedes preclude precursors predicated predictably prejudiced preorder pressurized pretense prickly
        3.0 pricks principled priory prius profiled progeny progesterone programmable prolly promos propagated proportionate
        3.0 propped protons provence pruning psn pta punter purcell puritan pus pushy puss pvp qin qualcomm quark quart quartermaster
        3.0 quell questionnaires queuing quinoa quintessential quizzes rabble racecourse racetrack racked radiance radiating
        3.0 radiohead rafters railings rainwater raisin rambo rammed rancher raoul rarer rationing rcmp reappear rearrange
        3.0 rebounding reciprocity reclaiming recollections recreating redacted redding redeemer redeeming redirected reeds
        3.0 reflector refreshments regimental regretting regularity rehabilitate reimbursed reissue rejoined relayed remade
        3.0 remediation remodeled renounced renovate reorganized replenish replicas reprints reproducing repulsed reputations
        3.0 reread rescinded resistor resounding respiration responsiveness restores restrooms restructure resuming retract
        3.0 retracted retrieving reverses revisiting revolting revolved rhapsody rhea rheumatoid ria rigorously ripples rnc
        3.0 roadblock roadshow roadways roared robby roderick rogues rondo roost roscoe rosetta roswell rousseau routers roux
        3.0 rowley rsvp rubles ruddy ruff rumoured rump rune rupee russel saban sabre saeed sahib salam salazar saleh salim
        3.0 salons saltwater salzburg samir samuels sana sanctity sandbox sandler santander sarasota sato saucepan savory saxons
        3.0 scaffold scala scarier scavenger schiff schiller schism scholes schoolers schooner schroeder scion scooped scooters
        3.0 scorpions scrabble scranton scrimmage scrubbed sdf sds seaboard seagull seamus seaworld secondhand secularism sedition
        3.0 seer segmented semesters separatists sephora sepsis servitude severn seward shackles shag shahid shalom shard shards
        3.0 sharpening sharpness sheehan shelved sheryl shh shifter shipper shiver shoddy shoemaker shopped shortfall shortstop
        3.0 shotguns showbiz shrugs shui sichuan sickly siegfried sieve sift signatories sill silo silvery silvio simeon simms
        3.0 simplifying sinned sion sittin ska sketching skew skimming skydiving slaughtering sleazy sleepers slugs slumped
        3.0 smacking smacks smartwatch smashes sme smirk smitten smog smoothies smoothing smothered smyth snapper snappy sneaker
        3.0 sneaks sneezing snickers snipe snooker snooping snort snowboard snuggle sochi socialization sociologist soleil
        3.0 solemnly solitaire soloist somber somerville soot sopranos soreness sores soto southerners southport sowing spares
        3.0 sparing sparingly speck spectacularly spewing sphinx spiced spicer spiegel splashed splendor spore sportsmanship
        3.0 sprained springtime sprinkler sprinting squadrons squishy ssc sse stabs stakeholder stalemate stances standstill
        3.0 stanza starfish starling stave steamboat stefano steinberg stephan stifle stingy stinking stipend stools stoves
        3.0 strangle streamer streep streetcar stringer stubbs stuffy stumbles sturridge stylus subclass submits subsided substituting
        3.0 subunit subversion successively succulent sues sufficiency suffix sui suitcases suk sumatra summits sumptuous sunsets
        3.0 superannuation superbly supercar superfluous supremely surged surges surging surpasses surveyors sus suture suvs
        3.0 swain swami swarming swede sweepstakes sweetened sweetly swelled swims swimwear sxsw symbolize symbolizes syn synaptic
        3.0 synchronous syndicated tahiti tailgate tailoring takedown tamed tampons tania tarantino tarmac tas tasteful tasteless
        3.0 taunting tbs tec teeny teh telemetry tempe templeton tenacious tendered tendons tenet tensor tenuous terminally
        3.0 terraced testers testifies thelma theologian thoracic threes thrived tian ticker ticketing tickled tiff tijuana
        3.0 tiled tireless titty tobin togo toil tolstoy tomography toon toot toothed topographic toppings toshiba tots toulon
        3.0 townsville trafalgar traffickers trams tranquility transcendental transcends transformational translational transmits
        3.0 travesty trekking tremble tremor tricking trillions triplets tropes trove tru truncated trusty tsk tumbled tunis
        3.0 tuscan tutu twas twig twister typography typos tyrion tzu uhhh ukulele ulcer ulrich umbilical ummm ump unannounced
        3.0 unauthorised uncensored uncomfortably unconfirmed unconsciously uncovering undated undefined undetected undiscovered
        3.0 undivided unforgivable unhinged uniformity uninhabited uninterested unisex unjustified unpack unregistered unsatisfactory
        3.0 unskilled unsubscribe unsurprisingly untenable untrained unwavering unwritten upi uranus urbanization usability
        3.0 usaf ute uterine utilitarian vane vanishes vapour varnish vas vee veer vegetarians vehicular vengeful veritable
        3.0 versace vetoed vetted vials vices victimized videogames vigor voldemort voltaire waco wading wag wainwright walkin
        3.0 wallpapers walnuts wanderer wanders waning warhead warheads warts watcher watchman waxing weakens wealthier weavers
        3.0 weightlifting weirder weller welles wesleyan westbound westerly westside whatnot wheaton whereupon whey whitehouse
        3.0 whiteness whittaker whyte wicker widower wilfred willpower wilton winch winfrey winn winthrop withdraws wither
        3.0 wnba wobble wobbly wolverhampton woolly workstation wot wraith wrinkled wsj wut wynne xander xerox xiaomi yadav
        3.0 yam yangon yank yanks yawning yaya yeo yeon yeti yew yoghurt yokohama yolk yugoslav yuki yvette zak zed zig zoey
        3.0 zoological
        """
}
