package vocab

import (
	"strings"

	"github.com/quotetrail/quotetrail/internal/extract/lexicon"
)

// FirstNameGender returns 'f' or 'm' for a given name (in lower case)
// that is borne almost only by women or by men, and 0 for any other word.
func FirstNameGender(w string) byte { return firstNames[w] }

// firstNames maps each name of femaleNames to 'f' and each of maleNames
// to 'm'. A name found in both lists is left out rather than given one
// gender (the tests keep the lists apart).
var firstNames = func() map[string]byte {
	female, male := strings.Fields(femaleNames), strings.Fields(maleNames)
	m := make(map[string]byte, len(female)+len(male))
	for _, w := range female {
		m[w] = 'f'
	}
	both := map[string]bool{}
	for _, w := range male {
		if m[w] == 'f' {
			both[w] = true
		}
		m[w] = 'm'
	}
	for w := range both {
		delete(m, w)
	}
	return m
}()

// femaleNames are given names borne almost only by women, in lower case,
// as English-language news writes them: with their accents, and also
// without them where the plain spelling is common ("inés" and "ines",
// "şule" and "sule"). They come in groups, each in alphabetical order:
// English-speaking countries; Wales, Ireland and Scotland; Spain,
// Portugal and Latin America; Italy; France; German-speaking, Dutch,
// Nordic and Finnish; Polish, Czech and Slovak; Russian and Ukrainian;
// the Balkans and the Baltics; Greek; Turkish; Arabic; Persian; Hebrew;
// South Asian; Nigerian (Igbo, Yoruba, Hausa), Ghanaian, Kenyan and South
// African; Filipino, Indonesian and Malay; biblical.
//
// Left out on purpose: names given to both sexes in any major culture
// (jordan, andrea and nicola, male in Italy, jean, male in France,
// joan, male in Catalonia, yael, male in Mexico, karol, female in Latin
// America), names that are also common words, places or surnames a
// capitalised word would be read as (hope, june, amber, chelsea,
// victoria, georgia, beverly, sharon), and every Chinese, Korean and
// Vietnamese given name, whose romanisations are mostly unisex. When in
// doubt a name stays out: a wrong gender misleads more than none.
const femaleNames = `
	mererid
	abby abigail adele adrienne agatha agnes aileen alana alexa alexandra alice alicia alina alison allison
	alyssa amanda amelia amy anastasia angela angelina angelique anita ann anna annabel annabelle anne
	annette annie antoinette arabella ariana arianna audrey ava barbara barbra beatrice becky belinda bella
	bernadette beth bethany betsy betty beyonce beyoncé bianca bonnie brenda brianna bridget brigitte
	brittany brooke caitlin camilla candace candice cara carla carly carmen carol caroline carolyn carrie
	cassandra cassie catherine cecilia cecily celeste celia celine charlotte cheryl chloe christina
	christine cindy claire clara claudia colleen connie constance cora cynthia daisy danielle daphne deanna
	debbie debora deborah debra deirdre delia delilah denise diana diane dianne dolores donna dora doreen
	doris dorothy edith eileen elaine eleanor elena eliza elizabeth ella ellen ellie eloise elsa elsie
	emilia emily emma erica erika erin esme esther eva evangeline evelyn evie felicity fiona flora frances
	francesca freya gabriella gabrielle gail gemma genevieve georgina geraldine gillian gina giselle gloria
	grace greta gwen gwendolyn gwyneth hailey haley hannah harriet hayley hazel heather heidi helen helena
	henrietta hermione hilda hillary holly ida imogen ingrid irene iris isabel isabella isabelle isla ivana
	ivanka jacinda jacqueline jade jane janet janice janine jasmine jeanette jeanne jemima jenna jennifer
	jenny jessica jill jillian joanna joanne josephine josie joyce judith judy julia julie juliet juliette
	justine kamala karen karina kate katharine katherine kathleen kathryn kathy katie katy kayla keira
	kirsten kirsty kristen kristin kristina kylie lara laura lauren layla leah leanne leila lena leona lila
	lilian lillian lily linda lisa liz liza lois lola lorna lorraine louisa louise lucia lucinda lucy lydia
	mabel madeleine madeline maeve maggie maisie mandy marcia margaret margarita margot maria mariah
	marianne marie marilyn marina marisa marissa marjorie marlene marsha martha mary matilda maureen maxine
	maya meg megan meghan megyn melania melanie melinda melissa melody mia michaela michelle mildred millie
	miranda miriam moira molly mona monica monique muriel myra nadia nadine nancy naomi natalie natasha nell
	nicole nikki nina nora norah norma olga olivia oprah paige pamela paula pauline peggy penelope philippa
	phoebe phyllis pippa polly priscilla rachael rachel raquel rebecca rebekah renee renée rhiannon rhonda
	rita roberta robyn rosa rosalie rosalind rose rosemary rosie roxanne ruby ruth sabrina sadie sally
	samantha sandra sara sarah scarlett selena selina serena shakira sheila sheryl shirley sienna sinead
	siobhan sofia sonia sophia sophie stella stephanie sue susan susanna susannah suzanne sylvia tabitha
	tamara tammy tamsin tania tanya tara teresa tessa theresa tina tori ursula valerie vanessa vera veronica
	vicki vicky viola violet vivienne wanda wendy winnie yasmin yolanda yvonne zoe zoë
	ailsa aine áine aisling angharad aoibheann aoibhinn aoife bethan brid bríd brigid caitriona caitríona
	caoimhe carys catrin catriona cerys ciara clodagh dearbhla delyth eabha éabha eilidh eimear eleri elin
	elspeth eluned emer ffion fionnuala glenys grainne gráinne gwenllian heledd isobel laoise llinos lowri
	mair máire mairead máiréad manon mared méabh mhairi morag muireann myfanwy nerys nia niamh nuala olwen
	orlaith rhian rhona roisin róisín sadhbh saoirse seren shona sian siân síle sinéad sioned sorcha treasa
	úna
	adriana ainhoa alejandra aline amaia antonia beatriz begoña benedita blanca camila catalina conceicao
	conceição consuelo cristiane cristina daniela débora dilma elvira esperanza estela estrella fatima
	fátima fernanda florencia francisca gabriela gleisi graça graciela ines inés inmaculada isabela itziar
	jimena josefa josefina juana juliana leticia letícia lidia lorena luana lucía luisa luz macarena manuela
	marcela maría mariana maribel marielle marília marisol marta mercè meritxell milagros mireia miren
	mónica natalia nerea noelia nuria núria paloma perla priscila rafaela renata rocio rocío rosalía sílvia
	sofía soledad susana tânia thaís valentina verónica viviana ximena
	alessandra annalisa antonella benedetta carlotta caterina chiara costanza donatella eleonora elisabetta
	emanuela federica fiorella gianna ginevra giorgia giovanna giulia giuliana giuseppina graziella ilaria
	letizia liliana loredana lucrezia ludovica margherita mariangela mariella martina matilde michela
	mirella nicoletta ornella paola patrizia raffaella rossella silvana simona stefania tiziana valeria
	vittoria
	agnès amélie anaïs anne-marie anne-sophie annick arlette aurélie béatrice carole cécile céline chantal
	chloé christiane clotilde colette corinne delphine élisabeth élodie éloïse émilie emmanuelle estelle
	fabienne francoise françoise frédérique geneviève helene hélène jeannine joséphine josiane laetitia
	laure léa léonie lucie marie-christine marie-claude marie-france marie-hélène marie-josé marie-laure
	marlène martine mathilde maud mireille myriam najat nathalie noémie odile pascale rachida sabine
	sandrine segolene ségolène séverine solange solène stéphanie sylvie thérèse valérie véronique virginie
	yvette zoé
	agneta aino anja anke annalena annegret anneke annemarie annika antje åsa astrid bärbel beate birgit
	birgitta britta carola cornelia dagmar ebba eeva elina elke femke franziska freja frida friederike
	gertrud gisela gudrun hanna hannelore heike helga hildegard ilse ineke inga ingeborg irmgard jaana
	johanna jutta kaija kajsa karin karolina katarina katharina kathrin katja katrin kerstin leena lieke
	liisa linnea liselotte lotta lotte magdalena maja margarete marieke marit marja märta mette minna mirjam
	monika paivi päivi petra pirjo ragnhild randi renate riitta ritva sanna sanne saskia signe sigrid silke
	sirpa siv solveig sonja susanne svenja tanja tarja tiina tineke tove tuula ulla ulrika ulrike uta ute
	waltraud wiebke wilma
	agnieszka alena alicja beata bozena bożena danuta dorota elzbieta elżbieta ewa grazyna grażyna halina
	hana irena iwona jadwiga jana jitka jolanta justyna kamila katarzyna krystyna lenka małgorzata
	malgorzata marketa markéta marzena paulina pavla urszula věra veronika weronika zofia zuzana
	alisa alla alyona anastasiya daria dariya darya ekaterina evgenia galina halyna inna irina iryna
	kateryna ksenia kseniya larisa larysa liudmyla ludmila lyudmila nadezhda nadiya nataliya natalya oksana
	oleksandra olena polina raisa sofiya svetlana tatiana tatyana ulyana valeriya viktoria viktoriya yana
	yekaterina yelena yulia yuliia zhanna zoya
	biljana bojana dalia danijela dijana dragana dubravka gordana ingrida jasmina jelena jovanka kaia kaja
	kersti kolinda ljiljana marija milica mira mirjana nevena olivera sanja slavica snezana snežana suzana
	tijana vesna vjosa
	aikaterini angeliki athina despina dimitra eirini eleni evangelia fotini ioanna irini kalliopi katerina
	konstantina kyriaki nikoleta panagiota paraskevi stavroula theodora vasiliki
	aslı asli aylin ayse ayşe busra büşra canan dilek ebru ece elif emine esra fatma feride gamze hatice
	hulya hülya irem leyla meltem meral merve nesrin nilufer nilüfer ozlem özlem pinar pınar selin serap
	sevim sibel sule şule tugba tuğba yasemin zeynep
	aaliyah aicha aisha alia amina aminah asma asmaa aya ayesha basma fatimah ghada heba hiba hoda huda
	israa jameela jamila khadija khadijah laila lamia lina lubna manal mariam maryam najla najwa nawal
	nisreen noura rabab rahaf rania ranya rasha rawan reem rima sahar salma samia samira sawsan shaima
	shaimaa shireen shirin souad suad suha sumaya yara yasmeen yasmine zahra zahraa zainab zeina zeinab
	azadeh farideh fatemeh fereshteh golshifteh ladan mahnaz mahsa narges nasrin nazanin neda negar niloufar
	parisa roya sepideh shabnam shahla soheila taraneh zohreh
	anat avital ayelet batya chana dafna devorah einat galit hadas hila ilana inbar keren liat limor merav
	miri naama orit osnat rivka shira shoshana sigal talia tova tzipi yehudit
	aditi aishwarya ambreen amna amrita ananya anjali anuradha aparna archana arundhati aseefa asha
	bakhtawar benazir bushra deepika divya farzana gayatri geeta geetha hasina hema hina huma indira
	jayalalithaa kalpana kareena kavita kavitha kavya khaleda lakshmi lata laxmi leela madhuri mahira malala
	malini mamata mamta manisha mayawati meena meenakshi meera mehwish namrata nandini nargis nasreen nazia
	neha nida nidhi nirmala nisha pallavi parvati pooja poonam pratibha preeti priti priya priyanka rabia
	radha radhika rashmi rehana rekha renu ritu rohini rokeya rubina rupa sadia samina sangeeta saraswati
	savitri seema shabana shalini sharmila sharmin shazia shilpa shobha shreya shruti shweta sita smita
	smriti sneha sonal sonali sridevi sudha sujata sumaira sunanda sunita sushma sushmita swati tahira
	taslima uma urmila usha uzma vandana varsha vasundhara veena vidya
	abena abosede adaeze adaora adenike adjoa adwoa afia afua akosua akua amaka binta busisiwe chiamaka
	chimamanda chioma efua esi folake folasade folashade funke funmilayo hadiza halima hauwa ifeoma iyabo
	jumoke kemi lindiwe morenike ngozi njeri nkechi nneka nokuthula nomsa nomvula nomzamo nosipho obiageli
	omolara palesa sade thandeka thandi titilayo wambui wangari wanjiku wanjiru yaa yetunde zodwa
	aishah ayu azizah corazon imelda indah kartini leni maricel marites megawati mylene noraini norhayati
	nurhayati puspita rafidah ratna retno rini risa rosmah siti vilma yanti zarina zuraida
	bathsheba dinah dorcas drusilla hagar keturah keziah rhoda zipporah
	latoya keisha shaniqua tanisha lakisha tamika
	marguerite siobhán fenella teodora hattie maren orla marisela meredith darlene janelle tiegan marnie stacey
	junie jessamy aroha farida camille hester marcy odessa mairéad tilly ottoline rosalinda henrike jolene
	morven nouf odalys cressida margarethe kayleigh loretta brenna bronwyn narelle neema elodie cordelia
	anouk dorothea anahit farah mereana dervla jodie gretchen hessa julieta ludivine verlie bryony danika alisha
	yesenia annelise kelsey joaquina ilona saima alma setareh mara alvina evelyne inês dagny oriana beatrix
	tasha leesa philomena nalini noemi lourdes luanne kirra ruthanne hinewai benedicta adela rhea keiko leonora
	augustina naledi lisette sigrun ceridwen morwenna verna kadri pramila paulette eunice mariela margit merline
	amira dorit jacinta máirín rochelle marcelle shanelle hinerangi aubree leonie kahurangi bree losaline ezinne
	mavis corinna elnura roseanne rosalba arlene lerato ishbel sunniva aizada marivic mélisande nomalanga litia
	perpetua raewyn glenda gulnara noreen rena faridah kerensa tereza ginette anika ngaire khady rosaleen kaylee
	coralie ratchanee mariko xiomara syeda leocadia nodira josée amaya annelie dikeledi
`

// maleNames are given names borne almost only by men, written and grouped
// as femaleNames are: English-speaking countries; Wales, Ireland and
// Scotland; Spain, Portugal, Catalonia, the Basque Country and Latin
// America; Italy; France; German-speaking, Dutch, Nordic and Finnish;
// Polish, Czech and Slovak; Russian and Ukrainian; the Balkans and the
// Baltics; Greek; Turkish; Arabic, with West African forms; Persian;
// Hebrew; South Asian; Nigerian (Yoruba, Igbo, Hausa), Ghanaian, Kenyan,
// Ugandan and South African; Filipino, Indonesian and Malay; biblical.
//
// Left out on the same grounds as in femaleNames: names of both sexes
// (alex, sam, chris, kai, ariel, omer, noam, nikola, female in Czech,
// michal, female in Hebrew, yuri, female in Japanese, jaime, often
// female in the United States), names that are also words, places,
// firms or common surnames (will, bill, grant, dean, austin, lincoln,
// christian, stanley, warren, eli), and East Asian given names. Ali
// stays: news uses it overwhelmingly for men.
const maleNames = `
	emrys meirion gwilym osian elis llyr
	aaron abraham adam adrian alan alastair albert alec alexander alfie alfred alistair allan allen andre
	andrew andy anthony archie arnold arthur augustus barack barry basil benedict benjamin benny bernard bob
	bobby brad bradley brandon brendan brent brett brian bruce bryan bryce byron caleb callum calvin carl
	charles christopher chuck clarence cody colin connor conor conrad corey cory craig curtis damian damien
	damon dan daniel darius darren darryl dave david declan dennis derek dermot desmond dominic don donald
	donovan doug douglas duncan dustin dwayne dwight eddie edgar edward edwin elijah eric erik ernest ethan
	eugene evan ewan ezekiel ezra felix fergus francis frank franklin fred frederick gabriel gareth garrett
	garry gary gavin geoffrey george gerald gerard gilbert glenn gordon graeme graham greg gregg gregory
	hamish hank harold harry harvey hector henry howard hugh hugo ian isaac isaiah ivan jack jacob jake
	james jared jason jay jeb jeff jeffery jeffrey jeremiah jeremy jerome jerry jim jimmy joe joel john
	johnny jon jonah jonathan joseph joshua josiah julian julius justin karl keith ken kenneth kenny kevin
	kieran kirk kurt kyle lance larry lawrence leo leon leonard levi lewis liam lloyd louis lucas luke
	luther malcolm marcus mark martin marvin mason matthew maurice michael mike milo mitch mitchell moses
	nathan nathaniel neil nelson newt niall nicholas nick nigel noah norman oliver omar oscar owen patrick
	paul pete peter philip piers ralph randall randolph randy raphael ray raymond richard rick ricky rob
	robert rodney roger roland ron ronald ronnie roy rudy rupert russell ryan samuel saul scott seamus sean
	sebastian seth shane shaun sheldon simon solomon spencer stephen steve steven stuart ted theodore thomas
	tim timothy todd tom tommy tony trevor tristan troy tyler victor vincent walter wayne wesley william
	winston xavier zachary
	aidan alasdair aled alun calum carwyn cathal cian ciaran ciarán colm cormac dafydd diarmuid donal dónal
	eamon éamon eamonn emyr enda eoghan eoin euan fergal fintan geraint gethin glyn huw hywel iain idris
	ieuan ioan iwan lachlan llywelyn lorcan malachy micheál oisin oisín owain padraig pádraig peadar rhodri
	rhys ronan ruairi ruairí séamus seán steffan tadhg tomos
	afonso agustin agustín aitor alberto alejandro alexandre alfonso alonso alvaro álvaro andres andrés
	antonio antónio antônio arturo asier benjamín bernardo borja camilo carles carlos cesar césar claudio
	cristian cristiano diego diogo edson eduardo emiliano emilio enric enrique ernesto esteban ezequiel
	fabio fábio facundo federico felipe félix fernando fidel flavio flávio francisco geraldo gerardo
	gilberto gonçalo gonzalo gorka gregorio guillermo gustavo héctor henrique hernan hernán horacio humberto
	ignacio iker íñigo iván jair javier jesus jesús joao joão joaquin joaquín jorge jose josé josep juan
	julio lázaro leandro leonardo leopoldo lorenzo luciano luis luís luiz manuel marcelo marcio márcio
	marcos mario mário martín mateo matias matías maximiliano miguel moisés nestor néstor neymar nicolas
	nicolás nuno octavio oriol óscar osvaldo pablo patricio paulo pedro rafael ramiro ramon ramón raul raúl
	reinaldo reynaldo ricardo roberto rodrigo rogério ronaldo ruben rubén saúl sebastián sebastião sergi
	sergio sérgio teodoro thiago tiago tomas tomás ulises unai valentín vasco vicente víctor vinicius
	vinícius wilfredo xabi
	alessandro angelo beppe carlo carmelo cesare dario davide domenico edoardo elio emanuele enrico enzo
	ettore fabrizio fausto filippo francesco franco gaetano giacomo giancarlo gianfranco gianluca gianni
	gino giorgio giovanni giuliano giulio giuseppe guido ignazio luca luigi marcello massimiliano massimo
	matteo mattia maurizio mauro paolo pasquale pierluigi piero pietro raffaele renato renzo riccardo
	salvatore sandro sebastiano stefano tiziano tommaso umberto valerio vincenzo vittorio
	alain antoine arnaud aurélien benoit benoît bertrand cédric christophe clément didier edouard édouard
	éric etienne étienne fabien fabrice florian franck francois françois frederic frédéric gérard gilles
	grégoire guillaume henri herve hervé jacques jean-baptiste jean-christophe jean-claude jean-françois
	jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel jean-paul jean-philippe jean-pierre
	jean-yves jérôme joël julien kylian laurent loïc luc lucien ludovic marcel mathias mathieu matthieu
	maxime michel olivier pascal philippe pierre raphaël rémi romain sebastien sébastien serge stéphane
	sylvain thibault thibaut thierry valentin yann yannick yves zinedine
	anders andreas antti arjen armin arne axel bart bernd bjorn björn bjørn bram christoph dieter dirk frans
	fredrik friedrich fritz geert gerd gerhard guenter gunnar gunter günter gustav haakon håkon hans heikki
	heiko helmut hendrik henk henrik hermann holger horst jaap jakob jens jeroen jesper joachim joerg johan
	johannes jonas joost jorg jörg joris juergen juha jukka jurgen jürgen jussi kasper kees kjell klaas
	klaus knut koen konrad lars lasse leif ludwig lukas maarten mads magnus manfred markus matthias mikael
	mikko moritz morten niels niklas nils olaf olav ole olli pekka philipp piet pieter rainer ralf rasmus
	reinhard rolf rüdiger rutger ruud sander sauli siegfried sigmar soren søren stefan steffen stig stijn
	sven teemu thijs thorsten torsten ulf uwe volker werner wilhelm willem wim wolfgang wouter
	andrej andrzej bartosz dariusz dušan grzegorz jakub jarosław jaroslav jaroslaw jerzy jiri jiří juraj
	krzysztof lech leszek lukasz maciej marcin marek mariusz mateusz michał milos miloš miroslav ondřej
	paweł pawel petr piotr przemysław radosław radoslaw rafał sławomir szymon tomáš tomasz łukasz vaclav
	václav władysław wladyslaw wojciech zbigniew
	aleksandr alexei alexey anatoly andrei andrey andrii andriy artem artyom boris dmitri dmitry dmytro
	evgeny fyodor gennady grigory igor ihor kirill konstantin leonid maksim maksym mikhail mykhailo mykola
	nikolai oleg oleh oleksandr oleksii oleksiy pavel pavlo petro pyotr ruslan sergei sergey serhii serhiy
	stanislav taras timur vadim vadym valeriy vasily vasyl viktor vitali vitaliy vitaly vladimir volodymyr
	vyacheslav yaroslav yevgeny yevhen yuriy
	aleksandar bojan branko darko dejan djordje dragan filip gitanas goran hashim ivo josip milorad nebojša
	nemanja nenad đorđe petar predrag radovan ramush ratko slobodan srđan srdjan tomislav valdis vojislav
	vytautas zeljko željko zlatko zoran
	alexandros angelos antonis apostolos athanasios christos dimitrios dimitris evangelos georgios giannis
	giorgos ioannis konstantinos kostas kyriakos lefteris manolis michalis nikolaos nikos panagiotis panos
	pavlos petros sotiris spyros stavros stelios takis thanasis thanos theodoros vangelis vasileios vasilis
	yannis yiannis
	abdullah ahmet bulent bülent burak cem ekrem emre erol ertuğrul fatih gökhan hakan halil hasan huseyin
	hüseyin ibrahim ismail kaan kemal kerem levent mahmut mehmet mert mesut metin mevlüt murat mustafa oğuz
	ömer orhan osman recep selim serkan suleyman süleyman tayyip tolga volkan
	abdallah abdel abdelaziz abdoulaye abdul abdulaziz abdulrahman adil ahmad ahmed alassane ali amadou amir
	amr anwar ayman bashar bassam bilal boubacar fadi fahad fahd faisal ghassan habib haidar haider haitham
	hakim hamad hamdan hamza hassan hisham husain hussain hussein ibrahima idriss jamal jamil kamal kareem
	karim khaled khalid khalil lamine mahamat mahmoud mahmud majid mamadou mansour marwan mazen mohamad
	mohamed mohammad mohammed mohamud moussa muhammad muhammed musa mustapha nabil naji nasser osama othman
	ousmane qasim qassem rami rashid riad saad saeed saif saleh salim salman sameer samir sharif sherif
	souleymane suleiman tamer tamim tarek tariq umar usama wael waleed walid yahya yasir yasser younes
	younis yousef youssef zaid zayed ziad
	abbas abolfazl akbar alireza arash babak bijan dariush ebrahim farhad hamed hamid hossein jamshid javad
	kamran kaveh kourosh masoud mehdi mohammadreza mohsen morteza mostafa navid omid parviz peyman reza
	ruhollah shahram siavash vahid
	avigdor avraham bezalel binyamin chaim dov ehud eitan elad eliezer eyal gilad haim itamar meir menachem
	mordechai moshe nadav naftali oded ofer reuven ronen shaul shimon shlomo tzvi yaakov yair yehuda yigal
	yitzhak yoav yonatan yoram yosef yossi zvi
	aamir abhishek aditya adnan ajay ajit akshay altaf amartya amitabh anand anil arjun arshad arun arvind
	ashish ashok ashwin asif asim aslam atif ayub babar bilawal deepak dinesh ehsan farhan fawad gaurav
	gautam ghulam harbhajan hardik haris harish hrithik imran irfan jasprit javed junaid kapil karthik
	kartik mahesh mahmood manish manoj mansoor mohan mujibur mukesh mushtaq nadeem narendra naresh nasir
	naveed nawaz nikhil nitin pankaj partha parvez pervez pradeep prakash pranab prashant rabindranath rafiq
	rahul raj rajendra rajesh rajiv rajnath rakesh ramesh ranbir ranveer ravi ravindra rizwan rohan rohit
	sachin sajid sanjay sanjeev santosh sarfaraz satish satyajit shahbaz shahid shahrukh shehbaz shoaib
	siddharth sohail sourav subhash sukhbir sunil suresh tahir uday usman varun venkatesh vijay vikas vikram
	vinay vinod virat vishal vivek waqar waseem wasim yash yuvraj zafar zahid ziaur zubair zulfiqar
	abubakar adewale akwasi aliyu atiku babajide babatunde bongani chidi chinedu chinua chukwuemeka ekow
	emeka garba gbenga goodluck ikechukwu ikenna jomo juma kayode kofi kojo kunle kwabena kwaku kwame kwasi
	kwesi mandla mmusi muhammadu murtala nnamdi obinna okechukwu olusegun raila rotimi segun shehu sipho
	thabo tunde uhuru umaru wale wole yakubu yaw yoweri
	agus anies azmin bambang benigno bongbong budi dante edgardo ganjar gibran hendra hishammuddin joko
	jokowi khairy mahathir mahfud mohd muhyiddin najib prabowo rafizi romeo rommel sandiaga susilo zulkifli
	amos boaz elias enoch ephraim ishmael judah lazarus malachi nehemiah obadiah simeon zechariah
	tyrone deshawn darnell malik terrell marquis jalen demetrius deandre rashad jermaine
	rory fionn tobias harlan wendell gideon lyle theo casimir terrence thaddeus ignatius olumide augustine vernon wes
	corwin josh lowell yusuf anselm jasper darrell ansel halvard masanori takumi benedikt warrick bence
	bartholomew teddy mikkel brodie tetsuya sione bastian oskar giles ferdinand clive lionel reggie leopold
	corbin folarin tevita everard lonnie micky angus jaylen tobiah walt hone raghavendra travis rāwiri teodor
	kazuhiro odell oren hōhepa aurelio danny omkar brijmohan sandeep gil beau raed clint kelvin ruaridh jago
	nate reece nikau kendrick vikrant elliot rolando cordell adriaan brody orrin hal bevan tyrese quentin
	mattias rafferty garth arkady beckett lwazi amnon royce kaelen shoichiro takeshi hariz lyman rosauro tamati
	raghav marc tavish lachie abdulelah arlo cornelius saifullah anton devkaran arief matiu kasun kwadwo
	emmanuel finn caspian brice kenji aminu benicio haroon natan neville kashif sardor yerlan thad kellan ozell
	esmaeil meinrad ambrose reginald ottis rajeev tadashi siyabonga eunan caradoc ramil oluwaseun chinonso
	tyrell aarav vince eloy hafiz shmuel nurettin kristian tremaine fiachra sibusiso roscoe duane kelechi davron
	erlend jamarion ewen leland mick brantley emil iñaki hideo
`

// GivenNameGender is the gender a given name (in lower case) gives by the
// lexicon's list, which the models read too, or else by this package's.
func GivenNameGender(w string) byte {
	if g := lexicon.FirstNameGender(w); g != 0 {
		return g
	}
	return FirstNameGender(w)
}
